import {pageMap} from './current-page-map.js';
import type {PageMap} from './page-map.js';
import {upperBound} from './upper-bound.js';

// What is inside what, answered from the page map (page-map.ts): readers ask it once per label or
// row, so on a page of thousands of labels a DOM walk per question would be a walk per label.
// Elements the map does not hold (detached, in a shadow root) are answered by the DOM.

/** Node.contains for two elements. */
export function contains(outer: Element, inner: Element): boolean {
	const map = pageMap(outer);
	const at = map.position(outer);
	const innerAt = map.position(inner);
	return at < 0 || innerAt < 0 ? outer.contains(inner) : map.encloses(at, innerAt);
}

/** Element.closest, each element matched at most once per selector and reading. */
export function closest(element: Element, selector: string): Element | null {
	const map = pageMap(element);
	const at = map.position(element);
	if (at < 0) {
		return element.closest(selector);
	}

	const found = map.closest(at, selector);
	return found < 0 ? null : map.element(found);
}

/**
 * The element and every element inside it that a reading looks at: during an extraction, without
 * the posts its site passes over (define-site-readers.ts `skip`). Readers that must test each
 * element (an icon's label) thus look at the page's own rows, not at thousands of posts.
 */
export function elementsToRead(root: Element): Element[] {
	const map = pageMap(root);
	const at = map.position(root);
	return at < 0 ? [root, ...root.querySelectorAll('*')] : map.elementsInside(at);
}

/** querySelectorAll's first `limit` results, without reading the rest of the subtree. */
export function matchesInside(root: Element, selector: string, limit: number): Element[] {
	const map = pageMap(root);
	const at = map.position(root);
	if (at < 0) {
		return [...root.querySelectorAll(selector)].slice(0, limit);
	}

	const positions = map.matching(selector);
	const found: Element[] = [];
	for (let index = upperBound(positions, at); index < positions.length && positions[index]! <= map.last(at) && found.length < limit; index++) {
		found.push(map.element(positions[index]!));
	}

	return found;
}

type Prepared = {map: PageMap; positions: Int32Array; complete: boolean};
const prepared = new WeakMap<readonly Element[], Prepared>();

/** The positions of a list, prepared once per list and page state (a reader asks about one list per row). */
function positionsOf(map: PageMap, elements: readonly Element[]): Prepared {
	let ready = prepared.get(elements);
	if (ready?.map !== map) {
		const positions = map.positions(elements);
		ready = {map, positions, complete: new Set(elements).size === positions.length};
		prepared.set(elements, ready);
	}

	return ready;
}

/** How many of `elements` are at or inside `box` (duplicates once). */
export function countInside(box: Element, elements: readonly Element[]): number {
	const map = pageMap(box);
	const at = map.position(box);
	const {positions, complete} = positionsOf(map, elements);
	if (at < 0 || !complete) {
		return new Set(elements.filter(element => box.contains(element))).size;
	}

	return upperBound(positions, map.last(at)) - upperBound(positions, at - 1);
}

/** Whether `box` holds any of `elements` besides `except`. */
export function holdsOther(box: Element, elements: readonly Element[], except: Element): boolean {
	const map = pageMap(box);
	const at = map.position(box);
	const exceptAt = map.position(except);
	const {positions, complete} = positionsOf(map, elements);
	if (at < 0 || exceptAt < 0 || !complete) {
		return elements.some(other => other !== except && box.contains(other));
	}

	const listed = positions[upperBound(positions, exceptAt) - 1] === exceptAt;
	const inside = upperBound(positions, map.last(at)) - upperBound(positions, at - 1);
	return inside > (listed && map.encloses(at, exceptAt) ? 1 : 0);
}
