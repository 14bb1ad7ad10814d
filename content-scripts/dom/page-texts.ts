import type {PageWalk} from './walk-page.js';

/**
 * How much of an element's text is kept, whitespace runs collapsed: more than any label, so a text
 * this long or longer equals no label, and its start still says what it starts with.
 */
export const textHeadLength = 256;

const blank = /\s/;
const needsCollapse = /\s\s|[^\S ]/;

/** The first textHeadLength + 1 characters of `text` with whitespace runs collapsed to one space. */
function collapsedHead(text: string): string {
	const limit = textHeadLength + 1;
	// Only the start matters; a start made mostly of whitespace needs the whole text to be exact.
	const start = text.length > 4 * limit ? text.slice(0, 4 * limit) : text;
	let head = needsCollapse.test(start) ? start.replace(/\s+/g, ' ') : start;
	if (start !== text && head.length < limit) {
		head = text.replace(/\s+/g, ' ');
	}

	return head.length > limit ? head.slice(0, limit) : head;
}

/**
 * The texts of a walked page, as elements' textContent would give them, without reading the DOM
 * again: counts and lengths by prefix sums over the walk's text nodes (in document order, an
 * element's texts are one run), and an element's first characters folded from its first texts.
 * Each answer costs O(1), or O(textHeadLength) for a text's start, whatever the element holds.
 */
export class PageTexts {
	/** Text nodes with more than whitespace, and characters, before each text node (and in all, last). */
	readonly #filled: Int32Array;
	readonly #length: Float64Array;
	/** Non-empty whitespace-only text nodes before each one: whether a run of blank nodes holds a space. */
	readonly #spaces: Int32Array;
	/** The next text node with more than whitespace, from each one. */
	readonly #nextFilled: Int32Array;
	readonly #heads = new Map<number, string>();

	constructor(private readonly walk: PageWalk) {
		const count = walk.texts.length;
		this.#filled = new Int32Array(count + 1);
		this.#length = new Float64Array(count + 1);
		this.#spaces = new Int32Array(count + 1);
		this.#nextFilled = new Int32Array(count + 1);
		for (let index = 0; index < count; index++) {
			const filled = walk.textFilled[index]!;
			const length = walk.texts[index]!.length;
			this.#filled[index + 1] = this.#filled[index]! + filled;
			this.#length[index + 1] = this.#length[index]! + length;
			this.#spaces[index + 1] = this.#spaces[index]! + (filled === 0 && length > 0 ? 1 : 0);
		}

		this.#nextFilled[count] = count;
		for (let index = count - 1; index >= 0; index--) {
			this.#nextFilled[index] = walk.textFilled[index] === 1 ? index : this.#nextFilled[index + 1]!;
		}
	}

	/** Text nodes holding more than whitespace inside the element at `position`. */
	filledInside(position: number): number {
		return this.#filled[this.walk.textEnd[position]!]! - this.#filled[this.walk.textFirst[position]!]!;
	}

	/** textContent's length. */
	length(position: number): number {
		return this.#length[this.walk.textEnd[position]!]! - this.#length[this.walk.textFirst[position]!]!;
	}

	/** textContent's first textHeadLength + 1 characters, whitespace runs collapsed to one space. */
	head(position: number): string {
		let head = this.#heads.get(position);
		if (head === undefined) {
			head = this.#fold(this.walk.textFirst[position]!, this.walk.textEnd[position]!);
			this.#heads.set(position, head);
		}

		return head;
	}

	#fold(first: number, end: number): string {
		let head = '';
		let endsBlank = false;
		// Each step adds a character at least, or skips a run of blank nodes at once (adding one space).
		for (let index = first; index < end && head.length <= textHeadLength;) {
			if (this.walk.textFilled[index] === 0) {
				const next = Math.min(this.#nextFilled[index]!, end);
				if (!endsBlank && this.#spaces[next]! > this.#spaces[index]!) {
					head += ' ';
					endsBlank = true;
				}

				index = next;
				continue;
			}

			const text = this.walk.texts[index]!;
			const piece = collapsedHead(text);
			head += endsBlank && piece.startsWith(' ') ? piece.slice(1) : piece;
			endsBlank = blank.test(text.at(-1)!);
			index++;
		}

		return head.length > textHeadLength + 1 ? head.slice(0, textHeadLength + 1) : head;
	}
}
