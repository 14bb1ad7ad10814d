/**
 * What one download may make Overshare read. Archives are hostile input like pages: a zip bomb (a few
 * KB that unpack to terabytes) must end as "couldn't read", never as a frozen tab or a crashed worker.
 * The largest real entry read is Google's Records.json: ~150 bytes a point, a million points a
 * heavy user's decade (~150 MB); 1 GB leaves room for several.
 */
export const exportLimits = {
	/** Unpacked bytes read from one entry. */
	entryBytes: 1024 ** 3,
	/** Unpacked bytes read from the whole download. */
	totalBytes: 2 * 1024 ** 3,
	/** Unpacked ÷ packed: JSON packs 10–30×; past this an entry is a bomb, not a file. */
	ratio: 200,
	/** Below this many unpacked bytes the ratio is not judged (a tiny file of spaces packs very well). */
	ratioFrom: 1024 ** 2,
	/** Entries listed: a download lists thousands of photos; millions is a bomb of another kind. */
	entries: 500_000,
} as const;

export type ExportLimits = {readonly [K in keyof typeof exportLimits]: number};

/** Why reading stopped short of an entry's end. */
export class ExportLimitError extends Error {
	constructor(readonly limit: 'entryBytes' | 'totalBytes' | 'ratio') {
		super(`the ${limit} limit was reached`);
	}
}
