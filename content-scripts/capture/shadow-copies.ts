/**
 * Open shadow roots in a page sample (Reddit's settings rows live in them, platform-pages-3.md §4.3).
 * A copy of the page leaves them behind, so each is copied into a stand-in element inside its host's
 * copy, where every redaction step reaches it like any other part of the page, and only at the end
 * turned into the `<template shadowrootmode="open">` a browser attaches when it parses the sample.
 * Closed shadow roots are invisible to the page's scripts and ours alike: never copied.
 */
const standIn = 'overshare-shadow-root';

type CopyState = (from: readonly Element[], to: readonly Element[]) => void;

/** Pairs each element of `original` with its copy: the copy was made whole, so document order matches. */
function pairs(original: Element | ShadowRoot, copy: Element): Array<[Element, Element]> {
	const from = original.nodeType === 1 ? [original as Element, ...original.querySelectorAll('*')] : [...original.querySelectorAll('*')];
	const to = original.nodeType === 1 ? [copy, ...copy.querySelectorAll('*')] : [...copy.querySelectorAll('*')];
	return from.length === to.length ? from.map((element, index) => [element, to[index]!]) : [];
}

/**
 * Copies the open shadow roots under `original` (its copy made before any change) into stand-ins,
 * nested ones too, with the live state of their controls (`copyState`, as for the rest of the page).
 */
export function copyShadowRoots(original: Element | ShadowRoot, copy: Element, controls: string, copyState: CopyState): void {
	for (const [element, twin] of pairs(original, copy)) {
		const shadow = element.localName.includes('-') ? element.shadowRoot : null;
		if (!shadow) {
			continue;
		}

		const holder = twin.ownerDocument.createElement(standIn);
		for (const child of shadow.childNodes) {
			holder.append(twin.ownerDocument.importNode(child, true));
		}

		copyState([...shadow.querySelectorAll(controls)], [...holder.querySelectorAll(controls)]);
		copyShadowRoots(shadow, holder, controls, copyState);
		twin.prepend(holder);
	}
}

/** Turns the redacted stand-ins into declarative shadow roots, innermost first. */
export function declareShadowRoots(copy: Element): void {
	for (const holder of [...copy.querySelectorAll(standIn)].reverse()) {
		const template = holder.ownerDocument.createElement('template');
		template.setAttribute('shadowrootmode', 'open');
		template.content.append(...holder.childNodes);
		holder.replaceWith(template);
	}
}
