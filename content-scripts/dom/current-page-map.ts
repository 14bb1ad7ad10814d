import {PageMap} from './page-map.js';

// The map of the page as it is now: built once for a whole reading (readPinned), or kept for the rest
// of a task while nothing changes (a MutationObserver's pending records say so).

type Kept = {map: PageMap; observer?: MutationObserver};
const kept = new WeakMap<Document, Kept>();

/** The document a reading is under way on, the part of it read, and its map once asked for (readPinned). */
let pinned: {document: Document; map?: PageMap; scope?: {root: Element; skip: string}; answers?: Map<unknown, unknown>} | undefined;

/**
 * Runs a reading that does not change the page (an extraction): while it runs, the map of
 * `document` is built once and trusted without asking whether the DOM changed, a question that
 * would otherwise cost something on every one of a reading's thousands of row searches.
 */
export function readPinned<T>(document: Document, read: () => T): T {
	const outer = pinned;
	pinned = {document};
	try {
		return read();
	} finally {
		pinned = outer;
	}
}

/**
 * Narrows the pinned reading's map to the content root, its posts and feeds (`skip`) passed over:
 * on a real page the app shell around the root and a profile's thousands of posts inside it are
 * most of the page, and nothing read is there. Elements outside get no position, so questions
 * about them are answered by the DOM, as for any element outside a map.
 */
export function pinScope(root: Element, skip: string): void {
	if (pinned) {
		pinned.scope = {root, skip};
		pinned.map = undefined;
	}
}

/**
 * `ask`'s answer for `document`, asked once per pinned reading (the page does not change during one)
 * and every time outside one. `ask` is the key: a function of the module that asks, not a new one per call.
 */
export function oncePerReading<T>(document: Document, ask: (document: Document) => T): T {
	if (pinned?.document !== document) {
		return ask(document);
	}

	pinned.answers ??= new Map();
	if (!pinned.answers.has(ask)) {
		pinned.answers.set(ask, ask(document));
	}

	return pinned.answers.get(ask) as T;
}

const outside = new WeakMap<Document, PageMap>();

/** A map that holds no element of the page (its root is an element of its own): every position it gives is -1. */
function outsideMap(document: Document): PageMap {
	let map = outside.get(document);
	if (!map) {
		map = new PageMap(document.createElement('div'));
		outside.set(document, map);
	}

	return map;
}

/**
 * The map of `node`'s document as it is now. Built at most once per task while the DOM stays the
 * same: a MutationObserver's pending records say whether anything changed since (a test, or a page
 * between two readings), and the map and its observer are let go once the task ends, so nothing
 * watches the page after a reading.
 */
export function pageMap(node: Node): PageMap {
	const document = node.ownerDocument ?? (node as Document);
	if (pinned?.document === document) {
		// A question about an element outside the part read (a dialog beside `main`) is answered by the
		// DOM whatever the map: it does not build the map, which may never be needed (LinkedIn's contact
		// overlay). Asked only until the map is built, so a reading pays it a few times at most.
		if (!pinned.map && pinned.scope && node.nodeType === 1 && !pinned.scope.root.contains(node)) {
			return outsideMap(document);
		}

		pinned.map ??= pinned.scope ? new PageMap(pinned.scope.root, pinned.scope.skip) : new PageMap(document);
		return pinned.map;
	}

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
