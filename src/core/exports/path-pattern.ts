import type {PathPart} from './json-scanner.js';

/** A JSON path to match: keys, '#' for any array index, '*' for any key. */
export type PathPattern = readonly string[];

/** Whether `path`, from `from` on, is exactly `pattern`. */
export function matchesAt(path: readonly PathPart[], from: number, pattern: PathPattern): boolean {
	if (path.length - from !== pattern.length) {
		return false;
	}

	for (let index = 0; index < pattern.length; index++) {
		const want = pattern[index]!;
		const part = path[from + index]!;
		if (want === '#' ? typeof part !== 'number' : want === '*' ? typeof part !== 'string' : part !== want) {
			return false;
		}
	}

	return true;
}

export const matches = (path: readonly PathPart[], pattern: PathPattern): boolean => matchesAt(path, 0, pattern);
