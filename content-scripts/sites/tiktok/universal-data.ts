/**
 * TikTok's embedded page data (platform-pages.md §4.2, platform-pages-2.md §3.3, H, 2024–26):
 * `<script id="__UNIVERSAL_DATA_FOR_REHYDRATION__" type="application/json">` → `__DEFAULT_SCOPE__`.
 * The page's JSON is hostile input: it is parsed, never evaluated, and every value is type-checked
 * where it is used. Anything absent, odd or unparseable comes out undefined.
 */
export type JsonObject = Readonly<Record<string, unknown>>;

const scriptId = '__UNIVERSAL_DATA_FOR_REHYDRATION__';

export const isObject = (value: unknown): value is JsonObject =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/** An own property only: a key like "constructor" must never reach the prototype. */
export const field = (object: unknown, key: string): unknown =>
	(isObject(object) && Object.hasOwn(object, key) ? object[key] : undefined);

const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

/** The last parse, keyed by the script's text: identify and the readers share one parse per page state. */
let cache: {source: string; scope: JsonObject | undefined} | undefined;

/** `__DEFAULT_SCOPE__`, or undefined when the script is missing, not JSON, or shaped otherwise. */
export function defaultScope(document: Document): JsonObject | undefined {
	const script = document.getElementById(scriptId);
	if (script?.localName !== 'script' || script.getAttribute('type') !== 'application/json') {
		return undefined;
	}

	const source = script.textContent ?? '';
	if (cache?.source !== source) {
		let scope: unknown;
		try {
			scope = field(JSON.parse(source), '__DEFAULT_SCOPE__');
		} catch {
			scope = undefined;
		}

		cache = {source, scope: isObject(scope) ? scope : undefined};
	}

	return cache.scope;
}

/** An account as the JSON names it. Ids can be unquoted integers above 2^53 (§3.3), so only the strings are compared. */
export type AccountNames = {uniqueId: string; secUid?: string};

const namesOf = (user: unknown): AccountNames | undefined => {
	const uniqueId = text(field(user, 'uniqueId'));
	const secUid = text(field(user, 'secUid'));
	return uniqueId ? (secUid ? {uniqueId, secUid} : {uniqueId}) : undefined;
};

/**
 * The signed-in viewer, `webapp.app-context.user` (§3.3): names when signed in; "signed-out" for the
 * empty `"user":{}` a signed-out page carries; undefined when the data is missing or odd.
 */
export function viewerOf(scope: JsonObject): AccountNames | 'signed-out' | undefined {
	const user = field(field(scope, 'webapp.app-context'), 'user');
	if (!isObject(user)) {
		return undefined;
	}

	return Object.keys(user).length === 0 ? 'signed-out' : namesOf(user);
}

/**
 * The profile shown, `webapp.user-detail.userInfo.user` (§3.3, §4.2), only when the page says it
 * found the account (`statusCode` 0; 10221 not found, 10222 private and not followed).
 */
export function profileUserOf(scope: JsonObject): JsonObject | undefined {
	const detail = field(scope, 'webapp.user-detail');
	if (field(detail, 'statusCode') !== 0) {
		return undefined;
	}

	const user = field(field(detail, 'userInfo'), 'user');
	return isObject(user) ? user : undefined;
}

export const profileNamesOf = (scope: JsonObject): AccountNames | undefined => namesOf(profileUserOf(scope));
