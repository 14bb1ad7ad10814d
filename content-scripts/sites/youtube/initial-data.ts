import {pageScripts} from '../../dom/page-scripts.js';

/**
 * YouTube's embedded page data (platform-pages-3.md §3.3, H, 2021–26): the inline script
 * `var ytInitialData = {…};` and the `ytcfg.set({…})` calls. A content script runs in an isolated
 * world, so the page's globals are out of reach and would be the page's to fake anyway: the script
 * text is parsed, never evaluated, and every value is type-checked where it is used. Anything absent,
 * odd or unparseable comes out undefined.
 */
export type JsonObject = Readonly<Record<string, unknown>>;

export const isObject = (value: unknown): value is JsonObject =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/** An own property only: a key like "constructor" must never reach the prototype. */
export const field = (object: unknown, key: string): unknown =>
	(isObject(object) && Object.hasOwn(object, key) ? object[key] : undefined);

/** A path of own properties and array indexes. */
export const at = (object: unknown, ...path: Array<string | number>): unknown =>
	path.reduce<unknown>((value, step) => (typeof step === 'number' ? (Array.isArray(value) ? value[step] : undefined) : field(value, step)), object);

const prefixes = ['var ytInitialData = ', 'window["ytInitialData"] = ', 'var ytInitialData='];

/** The inline scripts' texts (never a `src` one: that is the page's code, not its data). */
const inlineScripts = (document: Document): string[] =>
	pageScripts(document).filter(script => !script.matches('[src]')).map(script => script.textContent ?? '');

/** The last parse, keyed by the script's text: identify and the readers share one parse per page state. */
let cache: {source: string; data: JsonObject | undefined} | undefined;

/** The page data a page sample keeps as JSON scripts (content-scripts/capture/inline-data.ts), by id. */
const jsonScripts = (document: Document, id: string): string[] =>
	pageScripts(document).filter(script => script.id === id && script.matches('[type="application/json"]')).map(script => script.textContent ?? '');

/** `ytInitialData`, or undefined when there is none, several, or it is not a JSON object. */
export function initialData(document: Document): JsonObject | undefined {
	const assigned = inlineScripts(document).map(text => text.trim()).filter(text => prefixes.some(prefix => text.startsWith(prefix)))
		.map(text => text.slice(prefixes.find(prefix => text.startsWith(prefix))!.length).replace(/;\s*$/, ''));
	const sources = [...assigned, ...jsonScripts(document, 'ytInitialData')];
	if (sources.length !== 1) {
		return undefined;
	}

	const source = sources[0]!;
	if (cache?.source !== source) {
		let data: unknown;
		try {
			data = JSON.parse(source);
		} catch {
			data = undefined;
		}

		cache = {source, data: isObject(data) ? data : undefined};
	}

	return cache.data;
}

/**
 * `LOGGED_IN` as the page's `ytcfg.set({…})` calls give it (§3.3, H, eight or more tools), or a page
 * sample's `ytcfg` JSON script: true or false when every one that names it agrees, undefined when none
 * does or they disagree.
 */
export function loggedInFlag(document: Document): boolean | undefined {
	const flags = new Set<boolean>();
	for (const text of inlineScripts(document)) {
		if (!text.includes('ytcfg.set(')) {
			continue;
		}

		for (const match of text.matchAll(/"LOGGED_IN"\s*:\s*(true|false)\b/g)) {
			flags.add(match[1] === 'true');
		}
	}

	for (const text of jsonScripts(document, 'ytcfg')) {
		try {
			const flag = field(JSON.parse(text), 'LOGGED_IN');
			if (typeof flag === 'boolean') {
				flags.add(flag);
			}
		} catch {
			// Not JSON: says nothing.
		}
	}

	return flags.size === 1 ? [...flags][0] : undefined;
}

/** A YouTube text as a string: `{simpleText}`, `{runs: [{text}]}`, `{content}` (view models) or plain. */
export function textOf(value: unknown): string | undefined {
	if (typeof value === 'string') {
		return value;
	}

	const simple = field(value, 'simpleText') ?? field(value, 'content');
	if (typeof simple === 'string') {
		return simple;
	}

	const runs = field(value, 'runs');
	if (!Array.isArray(runs) || runs.length === 0) {
		return undefined;
	}

	const parts = runs.map(run => field(run, 'text'));
	return parts.every(part => typeof part === 'string') ? parts.join('') : undefined;
}

/** Deeper or larger data than this is not a settings page's; the walk stops rather than stall the page. */
const maxDepth = 40;
const maxNodes = 200_000;

/**
 * Every object held under `key`, anywhere in the data (own properties only), in document order.
 * Renderers move between builds (§3.3 gives one path, 2021–22); what they are is the key's job.
 * Undefined when the walk hit its limits: a partial answer could miss a renderer.
 */
export function findAll(root: unknown, key: string): JsonObject[] | undefined {
	const found: JsonObject[] = [];
	const stack: Array<[unknown, number]> = [[root, 0]];
	let visited = 0;
	while (stack.length > 0) {
		const [value, depth] = stack.pop()!;
		if (++visited > maxNodes || depth > maxDepth) {
			return undefined;
		}

		const children = Array.isArray(value) ? value : isObject(value) ? Object.keys(value).map(name => (value as JsonObject)[name]) : [];
		if (isObject(value) && Object.hasOwn(value, key) && isObject(value[key])) {
			found.push(value[key] as JsonObject);
		}

		for (let index = children.length - 1; index >= 0; index--) {
			if (typeof children[index] === 'object' && children[index] !== null) {
				stack.push([children[index], depth + 1]);
			}
		}
	}

	return found;
}
