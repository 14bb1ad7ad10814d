import {pageScripts} from '../../dom/page-scripts.js';

/**
 * Strava's legacy pages carry the signed-in viewer in an inline script:
 * `var currentAthlete = new Strava.Models.CurrentAthlete({...});` (platform-pages-3.md §1.3, H,
 * 2016–2025). Signed out it is exactly `{"logged_in":false}`. The object is page text: it is cut out
 * by matching braces (string-aware), parsed as JSON (never evaluated) and every value is type-checked
 * where it is used. It also holds the viewer's home `geo` (`lat_lng`): only the keys named below are
 * ever looked at, and nothing of it is kept or sent.
 */
export type JsonObject = Readonly<Record<string, unknown>>;

/** The constructor the page hands the viewer to; a saved page sample keeps its argument as page data. */
export const athleteCall = 'Strava.Models.CurrentAthlete';
const marker = `${athleteCall}(`;

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

/** The JSON text of the one `Strava.Models.CurrentAthlete({...})` call in a script's text, else undefined. */
export function callArgument(source: string): string | undefined {
	const at = source.indexOf(marker);
	return at < 0 || at !== source.lastIndexOf(marker) ? undefined : objectAt(source, at + marker.length);
}

/**
 * The viewer as the page states it: the call's argument in an inline script, or (in a saved page
 * sample, content-scripts/capture/) the same data kept as `<script type="application/json"
 * data-page-call="Strava.Models.CurrentAthlete">`. Undefined when none or several state it, or not as JSON.
 */
export function currentAthlete(document: Document): JsonObject | undefined {
	const inline = pageScripts(document).filter(script => !script.matches('[src], [type="application/json"]'))
		.map(script => script.textContent ?? '')
		.filter(text => text.includes(marker));
	const saved = pageScripts(document).filter(script => script.matches('[type="application/json"][data-page-call]'))
		.filter(script => script.getAttribute('data-page-call') === athleteCall)
		.map(script => script.textContent ?? '');
	if (inline.length + saved.length !== 1) {
		return undefined;
	}

	const json = inline.length === 1 ? callArgument(inline[0]!) : saved[0];
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
