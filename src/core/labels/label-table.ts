/**
 * The words a site's UI uses, for one UI language: each label its readers look for, as one wording or
 * several (old and new). Keys are the site's own (src/core/labels/<site>/en.ts names them).
 */
export type LabelTable = Readonly<Record<string, string | readonly string[]>>;

/** No wording is longer (content-scripts/dom/walk-page.ts maxLabelLength keeps no longer text). */
const maxWordingLength = 200;
const maxWordings = 8;

const isWording = (value: unknown): value is string => typeof value === 'string' && value.length > 0 && value.length <= maxWordingLength;

/**
 * Whether a value is a label table with exactly the given keys, each one wording or a short list of
 * them. A table arrives in a message from the worker: checked as any message is, so that a damaged
 * one makes the page "couldn't check", never a reader fed something else.
 */
export function isLabelTable(value: unknown, keys: readonly string[]): value is LabelTable {
	if (typeof value !== 'object' || value === null || Array.isArray(value) || Object.getPrototypeOf(value) !== Object.prototype) {
		return false;
	}

	const own = Object.keys(value);
	if (own.length !== keys.length || !keys.every(key => Object.hasOwn(value, key))) {
		return false;
	}

	return own.every(key => {
		const entry = (value as Record<string, unknown>)[key];
		return isWording(entry) || (Array.isArray(entry) && entry.length > 0 && entry.length <= maxWordings && entry.every(isWording));
	});
}
