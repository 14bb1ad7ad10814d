import {walkPage, type PageWalk} from './walk-page.js';

/** Selector results and closest() answers, per selector: asked again and again by row searches. */
type Memos = {matching: Map<string, Int32Array>; closest: Map<string, Int32Array>};

/**
 * Where every element of a document sits, from one walk in document order (walk-page.ts). Row
 * searches ask the same questions for every label (is A inside B, which controls are in this
 * row, which text does this box hold); here each is arithmetic on the walk's numbers or a binary
 * search, so a reading costs about one walk of the page whatever its shape: many siblings, deep
 * nesting, thousands of identical labels. Elements outside the walk (detached, in a shadow root)
 * get the answer -1 and callers fall back to asking the DOM.
 */
export class PageMap {
	readonly #walk: PageWalk;
	readonly #memos: Memos = {matching: new Map(), closest: new Map()};

	/** Usually a whole document; an element only for a subtree outside it (a detached root). */
	constructor(readonly root: Document | Element) {
		this.#walk = walkPage(root);
	}

	/** Position in document order, or -1 for an element the walk did not see. */
	position(element: Element | null | undefined): number {
		return element ? this.#walk.index.get(element) ?? -1 : -1;
	}

	element(position: number): Element {
		return this.#walk.elements[position]!;
	}

	/** Position of the last element inside (or at) the one at `position`. */
	last(position: number): number {
		return this.#walk.last[position]!;
	}

	depth(position: number): number {
		return this.#walk.depth[position]!;
	}

	parent(position: number): number {
		return this.#walk.parent[position]!;
	}

	/** Inclusive, like Node.contains, for two positions. */
	encloses(outer: number, inner: number): boolean {
		return outer <= inner && inner <= this.#walk.last[outer]!;
	}

	/** The ancestor-or-self of `position` at `depth`: the last element that deep starting at or before it. */
	ancestorAt(position: number, depth: number): number {
		const row = this.#walk.byDepth[depth]!;
		return row[upperBound(row, position) - 1]!;
	}

	/** The deepest ancestor-or-self of `position` that encloses every position in [low, high]. */
	enclosing(position: number, low: number, high: number): number {
		let shallow = 0;
		let deep = this.depth(position);
		// Enclosing is monotonic along the ancestor chain: binary search on depth.
		while (shallow < deep) {
			const middle = Math.ceil((shallow + deep) / 2);
			const candidate = this.ancestorAt(position, middle);
			if (candidate <= low && high <= this.last(candidate)) {
				shallow = middle;
			} else {
				deep = middle - 1;
			}
		}

		return this.ancestorAt(position, shallow);
	}

	/** How many text nodes with something besides whitespace lie inside the element at `position`. */
	textNodesInside(position: number): number {
		return this.#walk.textsAtEnd[position]! - this.#walk.textsBefore[position]!;
	}

	/** Characters of text inside (textContent's length), and its first characters, whitespace runs collapsed. */
	text(position: number): {length: number; head: string} {
		return {length: this.#walk.textLength[position]!, head: this.#walk.textHead[position]!};
	}

	/** Text nodes of at most the walk's label length, in document order, with their parent's position. */
	get shortTexts(): PageWalk['shortTexts'] {
		return this.#walk.shortTexts;
	}

	/** Positions of the elements matching `selector` (one query per selector and page), ascending. */
	matching(selector: string): Int32Array {
		let positions = this.#memos.matching.get(selector);
		if (!positions) {
			positions = this.positions([...this.root.querySelectorAll(selector)]);
			this.#memos.matching.set(selector, positions);
		}

		return positions;
	}

	/** Positions of the given elements that the walk saw, ascending, once each. */
	positions(elements: readonly Element[]): Int32Array {
		const found = new Int32Array(elements.length);
		let count = 0;
		let sorted = true;
		for (const element of elements) {
			const position = this.position(element);
			if (position >= 0) {
				sorted &&= count === 0 || position > found[count - 1]!;
				found[count++] = position;
			}
		}

		const positions = found.subarray(0, count);
		return sorted ? positions : Int32Array.from(new Set(positions.sort()));
	}

	/** Element.closest for the element at `position`; every element is matched at most once per selector. */
	closest(position: number, selector: string): number {
		let memo = this.#memos.closest.get(selector);
		if (!memo) {
			// -2: not asked yet; -1: no match up to the root.
			memo = new Int32Array(this.#walk.elements.length).fill(-2);
			this.#memos.closest.set(selector, memo);
		}

		const path: number[] = [];
		let at = position;
		while (at >= 0 && memo[at] === -2 && !this.element(at).matches(selector)) {
			path.push(at);
			at = this.parent(at);
		}

		const found = at < 0 ? -1 : memo[at] === -2 ? at : memo[at]!;
		if (at >= 0) {
			memo[at] = found;
		}

		for (const step of path) {
			memo[step] = found;
		}

		return found;
	}
}

/** First index in the ascending `sorted` whose value is greater than `value`. */
export function upperBound(sorted: ArrayLike<number>, value: number): number {
	let low = 0;
	let high = sorted.length;
	while (low < high) {
		const middle = (low + high) >>> 1;
		if (sorted[middle]! <= value) {
			low = middle + 1;
		} else {
			high = middle;
		}
	}

	return low;
}

type Kept = {map: PageMap; observer?: MutationObserver};
const kept = new WeakMap<Document, Kept>();

/**
 * The map of `node`'s document as it is now. Built at most once per task while the DOM stays the
 * same: a MutationObserver's pending records say whether anything changed since (a test, or a page
 * between two readings), and the map and its observer are let go once the task ends, so nothing
 * watches the page after a reading.
 */
export function pageMap(node: Node): PageMap {
	const document = node.ownerDocument ?? (node as Document);
	const current = kept.get(document);
	if (current && current.observer && current.observer.takeRecords().length === 0) {
		return current.map;
	}

	current?.observer?.disconnect();
	const map = new PageMap(document);
	const Observer = document.defaultView?.MutationObserver;
	if (!Observer) {
		// A document without a window (DOMParser): nothing can say when it changes, so nothing is kept.
		kept.delete(document);
		return map;
	}

	const entry: Kept = {map, observer: new Observer(() => undefined)};
	entry.observer!.observe(document, {subtree: true, childList: true, characterData: true, attributes: true});
	kept.set(document, entry);
	queueMicrotask(() => {
		entry.observer!.disconnect();
		if (kept.get(document) === entry) {
			kept.delete(document);
		}
	});
	return map;
}
