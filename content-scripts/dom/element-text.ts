import {normalizeText} from './normalize-text.js';
import {pageMap} from './current-page-map.js';

/**
 * An element's text in label form (normalize-text.ts), cut after textHeadLength (page-texts.ts) characters: whole for
 * anything a label can be, and for a longer text its start (enough for `startsWith` a label).
 * Known from the page map's walk: a button, heading or row asked about for each of thousands of
 * labels costs nothing more, and a long post is never read twice.
 */
export function leadingText(element: Element): string {
	const map = pageMap(element);
	const at = map.position(element);
	return normalizeText(at < 0 ? element.textContent ?? '' : map.texts.head(at));
}

/** Whether an element holds any text besides whitespace (normalizeText(textContent) !== ''). */
export function hasText(element: Element): boolean {
	const map = pageMap(element);
	const at = map.position(element);
	return at < 0 ? /\S/.test(element.textContent ?? '') : map.textNodesInside(at) > 0;
}
