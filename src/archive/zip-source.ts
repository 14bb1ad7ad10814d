import {BlobReader, configure, ZipReader, type Entry} from '@zip.js/zip.js/lib/zip-core-custom.js';
import {ExportReadError, type ExportEntry, type ExportSource} from '../core/exports/export-source.js';
import {exportLimits} from '../core/exports/limits.js';

// zip.js, the one zip library (README: why zip.js): it reads a zip's central directory from its end and
// unpacks only the entries asked for, with File.slice / a file Blob, so the photos of a 50 GB Takeout
// are listed but never read; it handles Zip64 (Takeout parts over 4 GB) and unpacks with the
// platform's DecompressionStream. Its "custom" core: no web workers (an extension page's CSP allows no
// blob: worker) and no WebAssembly fallback, so nothing is loaded from anywhere, only the native codec.
configure({useWebWorkers: false});

/** Whether a file's first bytes are a zip's ("PK"): a download is known by its bytes, never by its name. */
export const looksLikeZip = (head: Uint8Array): boolean => head[0] === 0x50 && head[1] === 0x4b;

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

			// getData writes into a stream; each chunk is handed to the reader and the write waits until it has
			// been read, so one chunk at a time is unpacked (a TransformStream between them let zip.js run
			// ahead: a 177 MB entry sat in its queue).
			const channel = handOver<Uint8Array>();
			const damaged = (error: unknown) => (signal?.aborted ? error : new ExportReadError((error as Error)?.message ?? 'unreadable'));
			const done = entry.getData(new WritableStream<Uint8Array>({write: async chunk => channel.put(chunk)}), {signal})
				.then(() => channel.end(), (error: unknown) => channel.fail(damaged(error)));
			try {
				for (;;) {
					const chunk = await channel.take();
					if (chunk === undefined) {
						break;
					}

					yield chunk;
				}
			} finally {
				channel.stop();
				await done;
			}
		},
		close: async () => reader.close(),
	};
}

/**
 * One value at a time from a writer to a reader: `put` resolves once the reader took the value and came
 * back for the next; `take` gives undefined at the end. `stop` (the reader gave up) makes every later
 * `put` fail, so that the writer stops too.
 */
function handOver<T>() {
	type Waiting = {resolve: (value: T | undefined) => void; reject: (error: unknown) => void};
	let reader: Waiting | undefined;
	let pending: {value: T; taken: () => void; refused: (error: unknown) => void} | undefined;
	let ended = false;
	let failure: unknown;
	let stopped = false;
	const settle = () => {
		if (!reader) {
			return;
		}

		const waiting = reader;
		if (pending) {
			reader = undefined;
			const {value, taken} = pending;
			pending = undefined;
			waiting.resolve(value);
			taken();
		} else if (failure !== undefined) {
			reader = undefined;
			waiting.reject(failure);
		} else if (ended) {
			reader = undefined;
			waiting.resolve(undefined);
		}
	};

	return {
		put: async (value: T) => new Promise<void>((taken, refused) => {
			if (stopped) {
				refused(new Error('the reader stopped'));
				return;
			}

			pending = {value, taken, refused};
			settle();
		}),
		take: async () => new Promise<T | undefined>((resolve, reject) => {
			reader = {resolve, reject};
			settle();
		}),
		end() {
			ended = true;
			settle();
		},
		fail(error: unknown) {
			failure = error;
			settle();
		},
		stop() {
			stopped = true;
			pending?.refused(new Error('the reader stopped'));
			pending = undefined;
		},
	};
}
