import {normalizeText} from './normalize-text.js';
import {PageMap, pageMap} from './page-map.js';
import {maxLabelLength} from './walk-page.js';

/** Text inside these is code, hidden, or what the user typed (a bio): never a label. */
const skipped = new Set(['script', 'style', 'noscript', 'template', 'textarea']);

/**
 * Finds elements by their visible text. Built the first time it is asked from the page map's one
 * walk (page-map.ts), then map lookups: extraction stays within one DOM walk however many labels a
 * page has, and an element's whole text is never read again per child (each is known from the walk).
 */
export class TextIndex {
	#byText: Map<string, Element[]> | undefined;
	/** Answers by wording list: the same array for the same question, so callers can memoize on it. */
	readonly #found = new Map<string, Element[]>();

	constructor(private readonly root: Node) {}

	/**
	 * Elements whose own text (one text node, or all of an element's text) equals a wording, in
	 * document order of their first matching text. Callers must not change the array.
	 */
	find(wordings: readonly string[]): Element[] {
		const key = wordings.join('\n');
		let found = this.#found.get(key);
		if (!found) {
			const index = this.#build();
			found = wordings.flatMap(wording => index.get(wording) ?? []);
			this.#found.set(key, found);
		}

		return found;
	}

	#build(): Map<string, Element[]> {
		if (this.#byText) {
			return this.#byText;
		}

		const byText = new Map<string, Set<Element>>();
		const add = (text: string, element: Element) => {
			const key = normalizeText(text);
			if (key !== '') {
				const set = byText.get(key);
				if (set) {
					set.add(element);
				} else {
					byText.set(key, new Set([element]));
				}
			}
		};

		const root = this.root as Document | Element;
		let map = pageMap(root);
		if (root.nodeType === 1 && map.position(root as Element) < 0) {
			map = new PageMap(root); // A root outside its document: its own walk.
		}

		const start = root.nodeType === 1 ? map.position(root as Element) : 0;
		const end = root.nodeType === 1 ? map.last(start) : Number.MAX_SAFE_INTEGER;
		const wholeDone = new Set<number>();
		for (const {text, parent} of map.shortTexts) {
			const element = map.element(parent);
			if (parent < start || parent > end || skipped.has(element.localName)) {
				continue;
			}

			add(text, element);
			// A label split over several nodes ("Who can see <b>your</b> friends list?") is matched on
			// the element that holds all of it, known from the walk without reading it again.
			if (!wholeDone.has(parent)) {
				wholeDone.add(parent);
				const whole = map.text(parent);
				if (element.firstChild !== element.lastChild && whole.length <= maxLabelLength) {
					add(whole.head, element);
				}
			}
		}

		this.#byText = new Map([...byText].map(([key, elements]) => [key, [...elements]]));
		return this.#byText;
	}
}
