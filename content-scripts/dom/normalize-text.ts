/**
 * Label comparison form: whitespace collapsed, curly quotes straightened, lower case.
 * Sites mix ’ and ' between releases (X's "places you’ve been"), so both must match.
 */
export function normalizeText(text: string): string {
	const simple = text.trim().toLowerCase();
	// Most text needs nothing more; the four replacements run only when they would change something.
	if (!/[\u2018\u2019\u02BC\u201C\u201D]|\s\s|[^\S ]/.test(simple)) {
		return simple;
	}

	return simple.replace(/[\u2018\u2019\u02BC]/g, '\'').replace(/[\u201C\u201D]/g, '"').replace(/\s+/g, ' ');
}

const byList = new WeakMap<readonly string[], string[]>();
const byText = new Map<string, string[]>();

/**
 * A label entry may list several wordings (old and new); this flattens it. The same entry gives
 * the same array (readers ask once per label and row): callers must not change it.
 */
export function wordings(entry: string | readonly string[] | undefined): string[] {
	if (entry === undefined) {
		return [];
	}

	const cache: {get(key: never): string[] | undefined; set(key: never, value: string[]): unknown} = typeof entry === 'string' ? byText : byList;
	let found = cache.get(entry as never);
	if (!found) {
		found = (typeof entry === 'string' ? [entry] : [...entry]).map(normalizeText);
		cache.set(entry as never, found);
	}

	return found;
}
