// The values and errors of the streaming JSON reader (json-scanner.ts), for the readers that use it.

/** A key of an object, or the index of an array item. */
export type PathPart = string | number;
/** A primitive as JSON wrote it: strings decoded, numbers left as their text (Number() when needed). */
export type JsonPrimitive = {kind: 'string'; text: string} | {kind: 'number'; text: string} | {kind: 'literal'; value: boolean | null};

export class JsonError extends Error {}

export type JsonScanner = {
	/** More text of the file; throws JsonError on text that cannot be JSON. */
	write(chunk: string): void;
	/** The end of the file: throws JsonError when the document is incomplete. */
	end(): void;
};
