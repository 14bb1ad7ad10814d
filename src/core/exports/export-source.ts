/**
 * A data download as the core sees it: the list of its files and a way to stream one. The runtimes
 * make it: the command line from a zip or a folder on disk (src/cli), the "Check a download" page from
 * a picked file (zip.js over File.slice, so that media the download holds is never read at all).
 */
export type ExportEntry = {
	/** Its path inside the download, with forward slashes ("Takeout/Location History/Records.json"). */
	readonly path: string;
	/** Its size once unpacked, as the archive states it (a zip bomb may lie: bytes are counted as read). */
	readonly size: number;
	/** Its packed size, where it is packed: with `size`, the compression ratio a zip bomb gives away. */
	readonly packedSize?: number;
};

export type ExportSource = {
	readonly entries: readonly ExportEntry[];
	/** The entry's bytes, in chunks, unpacked as they come. */
	open(path: string, signal?: AbortSignal): AsyncIterable<Uint8Array>;
};

/** An entry the source could not unpack (a damaged zip, a bad checksum): that file is skipped as damaged. */
export class ExportReadError extends Error {}
