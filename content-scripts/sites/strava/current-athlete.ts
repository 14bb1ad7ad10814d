/**
 * Strava's legacy pages carry the signed-in viewer in an inline script:
 * `var currentAthlete = new Strava.Models.CurrentAthlete({...});` (platform-pages-3.md §1.3, H,
 * 2016–2025). Signed out it is exactly `{"logged_in":false}`. The object is page text: it is cut out
 * by matching braces (string-aware), parsed as JSON (never evaluated) and every value is type-checked
 * where it is used. It also holds the viewer's home `geo` (`lat_lng`): only the keys named below are
 * ever looked at, and nothing of it is kept or sent.
 */
export type JsonObject = Readonly<Record<string, unknown>>;

const marker = 'Strava.Models.CurrentAthlete(';

/** Longer than any real athlete object (a few KB): a bigger one is not what we know. */
const maxLength = 100_000;

const isObject = (value: unknown): value is JsonObject =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/** An own property only: a key like "constructor" never reaches the prototype. */
export const field = (object: unknown, key: string): unknown =>
	(isObject(object) && Object.hasOwn(object, key) ? object[key] : undefined);

/** The `{…}` that starts at `start`, braces matched outside strings; undefined when it never closes. */
function objectAt(text: string, start: number): string | undefined {
	if (text[start] !== '{') {
		return undefined;
	}

	let depth = 0;
	let inString = false;
	for (let at = start; at < text.length && at - start < maxLength; at++) {
		const char = text[at];
		if (inString) {
			if (char === '\\') {
				at++;
			} else if (char === '"') {
				inString = false;
			}
		} else if (char === '"') {
			inString = true;
		} else if (char === '{') {
			depth++;
		} else if (char === '}' && --depth === 0) {
			return text.slice(start, at + 1);
		}
	}

	return undefined;
}

/** The viewer as the page states it, or undefined when no script (or more than one) states it, or not as JSON. */
export function currentAthlete(document: Document): JsonObject | undefined {
	const sources = [...document.querySelectorAll('script:not([src])')]
		.map(script => script.textContent ?? '')
		.filter(text => text.includes(marker));
	if (sources.length !== 1 || sources[0]!.indexOf(marker) !== sources[0]!.lastIndexOf(marker)) {
		return undefined;
	}

	const source = sources[0]!;
	const json = objectAt(source, source.indexOf(marker) + marker.length);
	if (json === undefined) {
		return undefined;
	}

	try {
		const parsed: unknown = JSON.parse(json);
		return isObject(parsed) ? parsed : undefined;
	} catch {
		return undefined;
	}
}

/** Signed in with this id, signed out, or undefined when the data says neither plainly. */
export function viewerOf(athlete: JsonObject | undefined): {id: number} | 'signed-out' | undefined {
	const loggedIn = field(athlete, 'logged_in');
	if (loggedIn === false) {
		return 'signed-out';
	}

	const id = field(athlete, 'id');
	return loggedIn === true && typeof id === 'number' && Number.isSafeInteger(id) && id > 0 ? {id} : undefined;
}
