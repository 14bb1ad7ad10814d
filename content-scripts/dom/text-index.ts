import {normalizeText} from './normalize-text.js';

/** Text inside these is code, hidden, or what the user typed (a bio): never a label. */
const skipped = new Set(['script', 'style', 'noscript', 'template', 'textarea']);

/** Label texts are short; longer text nodes are posts and bios, which we never look at. */
const maxLabelLength = 160;

/**
 * Finds elements by their visible text. One pass over the text nodes under `root`, made the
 * first time it is asked, then map lookups: extraction stays within one DOM walk however
 * many labels a page has.
 */
export class TextIndex {
	#byText: Map<string, Element[]> | undefined;

	constructor(private readonly root: Node) {}

	/** Elements whose own text (one text node, or all of an element's text) equals a wording. */
	find(wordings: readonly string[]): Element[] {
		const index = this.#build();
		return wordings.flatMap(wording => index.get(wording) ?? []);
	}

	#build(): Map<string, Element[]> {
		if (this.#byText) {
			return this.#byText;
		}

		const byText = new Map<string, Element[]>();
		const add = (text: string, element: Element) => {
			const key = normalizeText(text);
			if (key === '') {
				return;
			}

			const list = byText.get(key);
			if (list) {
				if (!list.includes(element)) {
					list.push(element);
				}
			} else {
				byText.set(key, [element]);
			}
		};

		const document = this.root.ownerDocument ?? (this.root as Document);
		const walker = document.createTreeWalker(this.root, 4 /* NodeFilter.SHOW_TEXT */);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const text = node.nodeValue ?? '';
			const parent = node.parentElement;
			if (!parent || text.length > maxLabelLength || skipped.has(parent.localName)) {
				continue;
			}

			add(text, parent);
			// A label split over several nodes ("Who can see <b>your</b> friends list?") is
			// matched on the element that holds all of it.
			if (parent.childNodes.length > 1) {
				const whole = parent.textContent ?? '';
				if (whole.length <= maxLabelLength) {
					add(whole, parent);
				}
			}
		}

		this.#byText = byText;
		return byText;
	}
}
