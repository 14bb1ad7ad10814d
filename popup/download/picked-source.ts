import type {ExportEntry, ExportSource} from '../../src/core/exports/export-source.js';
import {looksLikeZip, zipSource} from '../../src/archive/zip-source.js';

/** A File's bytes, as the reader wants them. */
async function* chunksOf(file: Blob, signal?: AbortSignal): AsyncIterable<Uint8Array> {
	const reader = file.stream().getReader();
	try {
		for (;;) {
			signal?.throwIfAborted();
			const {done, value} = await reader.read();
			if (done) {
				return;
			}

			yield value;
		}
	} finally {
		await reader.cancel().catch(() => undefined);
	}
}

/** Files picked together (an unpacked folder, by each file's path inside it; or one lone file). */
function filesSource(files: readonly File[]): ExportSource {
	const byPath = new Map(files.map(file => [(file.webkitRelativePath || file.name).replace(/\\/g, '/'), file]));
	const entries: ExportEntry[] = [...byPath].map(([path, file]) => ({path, size: file.size}));
	return {entries, open: (path, signal) => chunksOf(byPath.get(path)!, signal)};
}

/**
 * What the user picked or dropped, as a download source: one zip (known by its first bytes, not its
 * name), or files (a folder, a lone Timeline.json). Only the entries a reader knows are ever opened.
 */
export async function pickedSource(files: readonly File[]): Promise<ExportSource & {close?: () => Promise<void>}> {
	if (files.length === 1) {
		if (looksLikeZip(new Uint8Array(await files[0]!.slice(0, 2).arrayBuffer()))) {
			return zipSource(files[0]!);
		}
	}

	return filesSource(files);
}
