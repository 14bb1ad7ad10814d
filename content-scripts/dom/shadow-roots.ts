/**
 * The element above `element`, across an open shadow root's edge to its host: a row's label can
 * sit in a web component's shadow tree (Reddit's settings, platform-pages-3.md §4.3) while the row
 * around it is in the page. Null at the top, and above a detached subtree.
 */
export function composedParent(element: Element): Element | null {
	const parent = element.parentNode;
	if (parent && parent.nodeType === 11 /* DOCUMENT_FRAGMENT_NODE */ && 'host' in parent) {
		return (parent as ShadowRoot).host;
	}

	return element.parentElement;
}

/**
 * The open shadow roots at or under `root`, nested ones too: those of custom elements, as the page
 * walk enters them (walk-page.ts). For watching a row's control change inside one: a
 * MutationObserver on the page does not see into shadow trees.
 */
export function openShadowRoots(root: Element): ShadowRoot[] {
	const found: ShadowRoot[] = [];
	const visit = (tree: Element | ShadowRoot) => {
		const walker = root.ownerDocument.createTreeWalker(tree, 1 /* NodeFilter.SHOW_ELEMENT */);
		for (let node: Node | null = tree === root ? root : walker.nextNode(); node; node = walker.nextNode()) {
			const shadow = (node as Element).localName.includes('-') ? (node as Element).shadowRoot : null;
			if (shadow) {
				found.push(shadow);
				visit(shadow);
			}
		}
	};

	visit(root);
	return found;
}
