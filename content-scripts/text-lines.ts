import {normalizeText} from './dom/normalize-text.js';

/**
 * The text lines inside an element, in reading order, in the readers' form (normalizeText): a
 * row's title and its value are separate lines. Empty lines and the `except` wordings (the row's
 * own title) are left out.
 */
export function textLines(element: Element, except: readonly string[] = []): string[] {
	const lines: string[] = [];
	const walker = element.ownerDocument.createTreeWalker(element, 4 /* NodeFilter.SHOW_TEXT */);
	for (let node = walker.nextNode(); node; node = walker.nextNode()) {
		const line = normalizeText(node.nodeValue ?? '');
		if (line !== '' && !except.includes(line)) {
			lines.push(line);
		}
	}

	return lines;
}
