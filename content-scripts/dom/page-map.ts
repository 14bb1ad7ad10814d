import {upperBound} from './upper-bound.js';
import {PageTexts} from './page-texts.js';
import {positionKey, walkPage, type PageWalk, type Stamped} from './walk-page.js';

/** Selector results and closest() answers, per selector: asked again and again by row searches. */
type Memos = {matching: Map<string, Int32Array>; closest: Map<string, Int32Array>};

/**
 * Where every element of a document sits, from one walk in document order (walk-page.ts). Row
 * searches ask the same questions for every label (is A inside B, which controls are in this
 * row, which text does this box hold); here each is arithmetic on the walk's numbers or a binary
 * search, so a reading costs about one walk of the page whatever its shape: many siblings, deep
 * nesting, thousands of identical labels. The open shadow roots of custom elements are walked as
 * their hosts' first children (walk-page.ts). Elements outside the walk (detached, in a closed
 * shadow root) get the answer -1 and callers fall back to asking the DOM.
 */
export class PageMap {
	readonly #walk: PageWalk;
	readonly #memos: Memos = {matching: new Map(), closest: new Map()};
	#texts: PageTexts | undefined;

	/**
	 * A whole document, or during an extraction the content root (readPinned's scope), whose posts
	 * (`skip`) are passed over whole; also a subtree outside its document (a detached root).
	 */
	constructor(readonly root: Document | Element, skip = '') {
		this.#walk = walkPage(root, skip);
	}

	/** Position in document order, or -1 for an element the walk did not see. */
	position(element: Element | null | undefined): number {
		const position = (element as Stamped | null | undefined)?.[positionKey];
		return position !== undefined && this.#walk.elements[position] === element ? position : -1;
	}

	/** How many elements the walk saw. */
	get size(): number {
		return this.#walk.elements.length;
	}

	element(position: number): Element {
		return this.#walk.elements[position]!;
	}

	/** The elements walked at or inside the one at `position`, in document order (posts passed over are not). */
	elementsInside(position: number): Element[] {
		return this.#walk.elements.slice(position, this.#walk.last[position]! + 1);
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
		const {byDepth, depthStart} = this.#walk;
		return byDepth[upperBound(byDepth, position, depthStart[depth]!, depthStart[depth + 1]!) - 1]!;
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

	/** The page's texts (page-texts.ts), prepared the first time they are asked about. */
	get texts(): PageTexts {
		this.#texts ??= new PageTexts(this.#walk);
		return this.#texts;
	}

	/** How many text nodes with something besides whitespace lie inside the element at `position`. */
	textNodesInside(position: number): number {
		return this.texts.filledInside(position);
	}

	/** The text nodes inside the element at `position` (all, for -1): indexes into `textAt`, in document order. */
	textRange(position: number): [number, number] {
		return position < 0 ? [0, this.#walk.texts.length] : [this.#walk.textFirst[position]!, this.#walk.textEnd[position]!];
	}

	/** A text node's text and its parent's position. */
	textAt(index: number): {text: string; parent: number} {
		return {text: this.#walk.texts[index]!, parent: this.#walk.textParent[index]!};
	}

	/** Whether the walk went into open shadow roots: some elements then lie beyond querySelectorAll's reach. */
	get hasShadowRoots(): boolean {
		return this.#walk.shadowRoots.length > 0;
	}

	/**
	 * Positions of the elements matching `selector`, ascending: one query per selector of the page and
	 * each open shadow root walked; or, when the walk passed over most of the root (a profile's
	 * posts), each walked element asked alone, as the query would read every post as well. A
	 * `matches` costs about ten elements of a query's reading (Chromium, bench (g)), hence the 8.
	 */
	matching(selector: string): Int32Array {
		let positions = this.#memos.matching.get(selector);
		if (!positions) {
			const {elements, shadowRoots} = this.#walk;
			if (elements.length * 8 < this.#walk.reach()) {
				const found = new Int32Array(elements.length);
				let count = 0;
				// A query never returns the element it is asked of: the root, at 0, is left out too.
				for (let position = this.root.nodeType === 1 ? 1 : 0; position < elements.length; position++) {
					if (elements[position]!.matches(selector)) {
						found[count++] = position;
					}
				}

				positions = found.slice(0, count);
			} else {
				positions = this.positions([this.root, ...shadowRoots].flatMap(scope => [...scope.querySelectorAll(selector)]));
			}

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
