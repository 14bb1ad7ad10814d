import {createReadStream, openAsBlob, readdirSync, statSync} from 'node:fs';
import {basename, join, relative, sep} from 'node:path';
import type {ExportEntry, ExportSource} from '../core/exports/export-source.js';
import {exportLimits} from '../core/exports/limits.js';
import {looksLikeZip, zipSource} from '../archive/zip-source.js';

/** A file on disk, read in chunks. */
async function* fileChunks(path: string, signal?: AbortSignal): AsyncIterable<Uint8Array> {
	for await (const chunk of createReadStream(path, {highWaterMark: 1024 * 1024, signal})) {
		yield chunk as Uint8Array;
	}
}

/** An unpacked download: every file under the folder, by its path from there (symbolic links not followed). */
function folderSource(root: string): ExportSource {
	const entries: ExportEntry[] = [];
	const files = new Map<string, string>();
	const walk = (folder: string) => {
		for (const item of readdirSync(folder, {withFileTypes: true})) {
			const full = join(folder, item.name);
			if (item.isDirectory()) {
				walk(full);
			} else if (item.isFile()) {
				const path = relative(root, full).split(sep).join('/');
				files.set(path, full);
				entries.push({path, size: statSync(full).size});
				if (entries.length > exportLimits.entries) {
					return;
				}
			}
		}
	};

	walk(root);
	return {entries, open: async function* (path, signal) {
		yield* fileChunks(files.get(path)!, signal);
	}};
}

/** One file given alone (the phone's Timeline.json, TikTok's user_data_tiktok.json). */
function singleFileSource(file: string): ExportSource {
	return {entries: [{path: basename(file), size: statSync(file).size}], open: async function* (_path, signal) {
		yield* fileChunks(file, signal);
	}};
}

/**
 * A download on disk as a source: a folder (unpacked), a zip (by its first bytes, not its name), or a
 * lone JSON, JS or CSV file. zip.js reads a zip through `openAsBlob`, which reads the parts it asks for.
 */
export async function exportSourceAt(path: string): Promise<ExportSource & {close?: () => Promise<void>}> {
	if (statSync(path).isDirectory()) {
		return folderSource(path);
	}

	const head = new Uint8Array(await (await openAsBlob(path)).slice(0, 2).arrayBuffer());
	return looksLikeZip(head) || !/\.(json|js|csv)$/i.test(path) ? zipSource(await openAsBlob(path)) : singleFileSource(path);
}
