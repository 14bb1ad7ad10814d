import {BlobReader, configure, ZipReader, type Entry} from '@zip.js/zip.js';
import {ExportReadError, type ExportEntry, type ExportSource} from '../core/exports/export-source.js';
import {exportLimits} from '../core/exports/limits.js';

// zip.js, the one zip library (README: why zip.js): it reads a zip's central directory from its end and
// unpacks only the entries asked for, with File.slice / a file Blob, so the photos of a 50 GB Takeout
// are listed but never read; it handles Zip64 (Takeout parts over 4 GB) and unpacks with the
// platform's DecompressionStream. No web workers: an extension page's CSP allows no blob: workers.
configure({useWebWorkers: false});

/** Why a file is not a zip we can read: the page and the command line say so in one sentence. */
export class NotAZipError extends Error {}

/**
 * A zip (a File in the page, `fs.openAsBlob` on the command line) as a download source. A file that
 * is not a zip, or a zip whose directory is damaged or cut short, throws NotAZipError.
 */
export async function zipSource(blob: Blob): Promise<ExportSource & {close(): Promise<void>}> {
	const reader = new ZipReader(new BlobReader(blob));
	let listed: Entry[];
	try {
		// Stops listing past the entry limit: a directory of millions of names is a bomb of its own.
		listed = [];
		for await (const entry of reader.getEntriesGenerator()) {
			listed.push(entry);
			if (listed.length > exportLimits.entries) {
				break;
			}
		}
	} catch (error) {
		throw new NotAZipError((error as Error).message);
	}

	const byPath = new Map(listed.filter(entry => !entry.directory).map(entry => [entry.filename.replace(/\\/g, '/'), entry]));
	const entries: ExportEntry[] = [...byPath].map(([path, entry]) => ({path, size: entry.uncompressedSize, packedSize: entry.compressedSize}));
	return {
		entries,
		async *open(path, signal) {
			const entry = byPath.get(path);
			if (!entry || entry.directory || !entry.getData) {
				throw new ExportReadError(`no file ${path}`);
			}

			// getData writes into a stream; its chunks are handed on as they come, with back-pressure.
			const {readable, writable} = new TransformStream<Uint8Array, Uint8Array>();
			const damaged = (error: unknown) => (signal?.aborted ? error : new ExportReadError((error as Error)?.message ?? 'unreadable'));
			const done = entry.getData(writable, {signal});
			// Settles only on failure, so that a failed unpacking ends the read below instead of a wait forever.
			const failed = done.then(async () => new Promise<never>(() => undefined));
			done.catch(() => undefined); // a reader that stopped early cancels the stream: that rejection is expected
			const chunks = readable.getReader();
			try {
				for (;;) {
					let next: ReadableStreamReadResult<Uint8Array>;
					try {
						next = await Promise.race([chunks.read(), failed]);
					} catch (error) {
						throw damaged(error);
					}

					if (next.done) {
						break;
					}

					yield next.value;
				}

				await done.catch((error: unknown) => {
					throw damaged(error);
				});
			} finally {
				await chunks.cancel().catch(() => undefined);
			}
		},
		close: async () => reader.close(),
	};
}
