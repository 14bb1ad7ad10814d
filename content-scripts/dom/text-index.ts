import {normalizeText} from './normalize-text.js';
import {pageMap} from './current-page-map.js';
import {PageMap} from './page-map.js';
import {maxLabelLength} from './walk-page.js';

/** Text inside these is code, hidden, or what the user typed (a bio): never a label. */
const skipped = new Set(['script', 'style', 'noscript', 'template', 'textarea']);

/** The elements with one text, in order, and which are in already (positions). */
type Entry = {elements: Element[]; positions: number[]; seen?: Set<number>};

/**
 * Finds elements by their visible text. Built the first time it is asked from the page map's one
 * walk (page-map.ts), then map lookups: extraction stays within one DOM walk however many labels a
 * page has, and an element's whole text is never read again per child (it is known from the walk).
 */
export class TextIndex {
	#byText: Map<string, Entry> | undefined;
	/** Answers by wording list (by the list itself, else by its text): the same array for the same question. */
	readonly #found = new Map<string, Element[]>();
	readonly #foundByList = new WeakMap<readonly string[], Element[]>();

	constructor(private readonly root: Node) {}

	/**
	 * Elements whose own text (one text node, or all of an element's text) equals a wording, in
	 * document order of their first matching text. Callers must not change the array.
	 */
	find(wordings: readonly string[]): Element[] {
		let found = this.#foundByList.get(wordings);
		if (!found) {
			const key = wordings.join('\n');
			found = this.#found.get(key);
			if (!found) {
				const index = this.#build();
				found = wordings.flatMap(wording => index.get(wording)?.elements ?? []);
				this.#found.set(key, found);
			}

			this.#foundByList.set(wordings, found);
		}

		return found;
	}

	#build(): Map<string, Entry> {
		if (this.#byText) {
			return this.#byText;
		}

		const byText = new Map<string, Entry>();
		const root = this.root as Document | Element;
		let map = pageMap(root);
		if (root.nodeType === 1 && map.position(root as Element) < 0) {
			map = new PageMap(root); // A root outside its document: its own walk.
		}

		const add = (text: string, parent: number) => {
			const key = normalizeText(text);
			if (key === '') {
				return;
			}

			const entry = byText.get(key);
			if (!entry) {
				byText.set(key, {elements: [map.element(parent)], positions: [parent]});
			} else if (entry.positions.at(-1) !== parent) {
				// One element can come back under a text (several of its texts say it): in once.
				entry.seen ??= new Set(entry.positions);
				if (!entry.seen.has(parent)) {
					entry.seen.add(parent);
					entry.elements.push(map.element(parent));
					entry.positions.push(parent);
				}
			}
		};

		// Per parent position: 0 not met yet, 1 skipped, 2 read (its whole text added at its first short text).
		const state = new Uint8Array(map.size);
		const [first, end] = map.textRange(root.nodeType === 1 ? map.position(root as Element) : -1);
		for (let index = first; index < end; index++) {
			const {text, parent} = map.textAt(index);
			if (text.length > maxLabelLength) {
				continue;
			}

			if (state[parent] === 0) {
				const element = map.element(parent);
				state[parent] = skipped.has(element.localName) ? 1 : 2;
				if (state[parent] === 1) {
					continue;
				}

				add(text, parent);
				// A label split over several nodes ("Who can see <b>your</b> friends list?") is matched on
				// the element that holds all of it, known from the walk without reading it again.
				if (element.firstChild !== element.lastChild && map.texts.length(parent) <= maxLabelLength) {
					add(map.texts.head(parent), parent);
				}
			} else if (state[parent] === 2) {
				add(text, parent);
			}
		}

		this.#byText = byText;
		return byText;
	}
}
