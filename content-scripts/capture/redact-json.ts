import type {Pseudonyms} from './pseudonyms.js';

/**
 * String values of embedded JSON that a reader looks for by name (module names of Facebook's and
 * Instagram's `define` lists, identify.ts of each site). Every other string value is replaced. A new
 * reader that matches on a JSON string value adds it here, or its samples stop being readable.
 */
export const jsonNames: ReadonlySet<string> = new Set([
	'CurrentUserInitialData', 'ProfileActionBlock', 'PolarisViewer',
	// YouTube's privacy switches: their keys and the English titles that must agree with them (youtube/read-privacy.ts).
	'PRIVACY_DISCOVERABLE_SUBSCRIPTIONS', 'PRIVACY_DISCOVERABLE_SAVED_PLAYLISTS', 'Keep all my subscriptions private', 'Keep all my saved playlists private',
]);

/** Keys are the JSON's schema and stay; a key holding an id (five digits or more) or an address does not. */
const personalKey = /\d{5,}|@/;

/**
 * Embedded page data with its shape kept and its values replaced (choices, README "Contribute a page
 * sample"): keys stay; booleans and null stay (settings such as TikTok's privateAccount are booleans);
 * small integer codes stay, other numbers and every string get stable stand-ins (pseudonyms.ts), so
 * ids that must match still match.
 */
export function redactJsonValue(value: unknown, names: Pseudonyms): unknown {
	if (typeof value === 'string') {
		return jsonNames.has(value) ? value : names.string(value);
	}

	if (typeof value === 'number') {
		return names.number(value);
	}

	if (Array.isArray(value)) {
		return value.map(item => redactJsonValue(item, names));
	}

	if (typeof value === 'object' && value !== null) {
		const redacted: Record<string, unknown> = {};
		for (const [key, item] of Object.entries(value)) {
			const safeKey = personalKey.test(key) ? key.replace(/\d{5,}/g, digits => names.digits(digits)).replace(/[^@\s]+@[^@\s]+/g, address => names.string(address)) : key;
			// defineProperty, not assignment: a "__proto__" key stays a plain key.
			Object.defineProperty(redacted, safeKey, {value: redactJsonValue(item, names), enumerable: true, writable: true, configurable: true});
		}

		return redacted;
	}

	return value; // Booleans and null.
}

/**
 * A script's JSON text, redacted; undefined when it is not JSON (then the script is dropped).
 * "<" is escaped so no value can close the script element it is written into.
 */
export function redactJsonText(text: string, names: Pseudonyms): string | undefined {
	let parsed: unknown;
	try {
		parsed = JSON.parse(text);
	} catch {
		return undefined;
	}

	return JSON.stringify(redactJsonValue(parsed, names)).replace(/</g, '\\u003c');
}
