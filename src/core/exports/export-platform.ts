import type {ExportFacts, FactName} from './facts.js';
import type {JsonPrimitive, PathPart} from './json-scanner.js';

/** What reads one entry: its JSON values (and containers) by path, or its CSV rows. */
export type EntryHandler = {
	readonly value?: (path: readonly PathPart[], value: JsonPrimitive) => void;
	readonly open?: (path: readonly PathPart[], array: boolean) => void;
	readonly close?: (path: readonly PathPart[], array: boolean) => void;
	readonly row?: (fields: readonly string[]) => void;
	/** The entry was read whole: set the facts it answers. */
	readonly done: (facts: ExportFacts) => void;
};

/** One kind of file of a platform's download, by its path inside it. */
export type EntryFormat = {
	/** Matched against the path with the download's top folders taken off ("data/ageinfo.js"). */
	readonly path: RegExp;
	readonly syntax: 'json' | 'ytd' | 'csv';
	/** The facts a readable copy of this file settles (so their absence is "not in this download"). */
	readonly answers: readonly FactName[];
	/** A fresh reader for one such file. */
	readonly read: () => EntryHandler;
	/** Where this format is known from, and how surely (H/M/L, vintage): shown in the README. */
	readonly source: string;
};

export type ExportPlatformId = 'google' | 'x' | 'facebook' | 'instagram' | 'tiktok' | 'linkedin' | 'snapchat';

/** One platform's download: how to recognise it, the files read, and where each fact is deleted or turned off. */
export type ExportPlatform = {
	readonly id: ExportPlatformId;
	readonly name: string;
	/** From the download's paths (top folders kept): is it this platform's? */
	readonly recognise: (paths: readonly string[]) => boolean;
	readonly entries: readonly EntryFormat[];
	/** Where the user deletes the data or turns its collection off, per fact it can have. */
	readonly fixes: Readonly<Partial<Record<FactName, string>>>;
};
