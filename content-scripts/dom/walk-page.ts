/**
 * Label texts are short; a longer text node is a post or a bio, never a label (text-index.ts). The
 * longest label read is X's French Grok switch, 167 characters (test/label-lengths.test.ts).
 */
export const maxLabelLength = 200;

/** What one walk over a document records, by element position in document order. */
export type PageWalk = {
	elements: Element[];
	/** Position of the last element inside each element. */
	last: Int32Array;
	depth: Int32Array;
	parent: Int32Array;
	/**
	 * Element positions by depth, then in document order: those at depth d are
	 * byDepth[depthStart[d], depthStart[d + 1]), where the ancestor at a depth is found by binary search.
	 */
	byDepth: Int32Array;
	depthStart: Int32Array;
	/** Every text node's text, its parent's position, and whether it holds more than whitespace, in document order. */
	texts: string[];
	textParent: number[];
	textFilled: number[];
	/** How many text nodes come before each element, and up to its end: its texts are texts[textFirst, textEnd). */
	textFirst: Int32Array;
	textEnd: Int32Array;
	/** The open shadow roots walked (the walk enters those of custom elements), in document order of their hosts; usually none. */
	shadowRoots: ShadowRoot[];
	/**
	 * How many elements the root holds, the posts passed over included: what a querySelectorAll of it
	 * reads. Counted only when asked, and only when the walk passed over something: a count is a
	 * search of the whole root, and the browser's kept count is gone after any change to the page.
	 */
	reach: () => number;
};

/**
 * Where the walk leaves an element's position on it: a property only this script's world can see
 * (a table keyed by element costs far more per element). Every walk stamps every element it sees,
 * so a position is current when the walk's element there is the element itself (page-map.ts).
 */
export const positionKey = Symbol('position');

/** Set on the elements one walk passes over whole (walkPage's `skip`), to that walk's own token. */
const skipKey = Symbol('skip');

export type Stamped = Element & {[positionKey]?: number; [skipKey]?: object};

/** Whether a text holds more than whitespace: most texts start with a printable ASCII character. */
export function isFilled(text: string): boolean {
	const first = text.charCodeAt(0);
	return (first > 32 && first < 127) || /\S/.test(text);
}

/**
 * One TreeWalker pass over elements and text nodes, keeping a stack of the open elements: each
 * element's numbers are final when the walk leaves it. A node costs a few property reads and
 * pushes; nothing is read twice and nothing is looked up, so the cost is linear in the page.
 */
export function walkPage(root: Document | Element, skip = ''): PageWalk {
	// The arrays double as the walk needs room: counting the root's elements first was a search of
	// the whole root (what the browser keeps of a count is gone after any change to the page), which
	// cost more than the copies on a large page and everything on a small scope inside one.
	let capacity = 64;
	const walk: PageWalk = {
		elements: [], last: new Int32Array(capacity), depth: new Int32Array(capacity), parent: new Int32Array(capacity),
		byDepth: new Int32Array(0), depthStart: new Int32Array(0),
		texts: [], textParent: [], textFilled: [], textFirst: new Int32Array(capacity), textEnd: new Int32Array(capacity),
		shadowRoots: [], reach: () => walk.elements.length,
	};
	const grow = () => {
		capacity *= 2;
		for (const key of ['last', 'depth', 'parent', 'textFirst', 'textEnd'] as const) {
			const larger = new Int32Array(capacity);
			larger.set(walk[key]);
			walk[key] = larger;
		}
	};
	// Elements a query of the root reads: the root's light tree, counted once if asked, and the shadow trees walked.
	let counted: number | undefined;
	let inShadow = 0;
	const count = () => {
		counted ??= root.getElementsByTagName('*').length + 1;
		return counted;
	};
	const open: Element[] = [];
	const openAt: number[] = [];
	const perDepth: number[] = [];

	const close = () => {
		open.pop();
		const position = openAt.pop()!;
		walk.last[position] = walk.elements.length - 1;
		walk.textEnd[position] = walk.texts.length;
	};

	// Posts and feeds (the site's `skip` selector) are walked past whole, kept as empty elements: what
	// they hold is never a label, a control or a row. Which elements those are: asking each element
	// the walk reaches (`matches`) costs nothing for what lies inside a post passed over, where most
	// of a profile is; one query of the whole root reads every element, inside posts too, but costs
	// less per element. So the walk asks element by element, and only a root where posts save little
	// (the app shell around a body root) pays for the one query as well, once the elements asked in
	// vain pass a budget: at most a few per cent more than the query. A post found pays for itself
	// with its subtree, so only misses count.
	const token = {};
	let stamped = skip === '';
	// 256 misses, then a few per cent of the root's elements (counted once, when the 256 are spent).
	let budget = 256;
	let sized = false;
	// Whether any element was passed over: only then does a query of the root read more than the walk saw.
	let passed = false;
	const passedOver = (element: Stamped): boolean => {
		if (!stamped && budget === 0 && !sized) {
			sized = true;
			budget = Math.max(0, (count() >> 5) - 256);
		}

		if (!stamped && budget > 0) {
			const matches = element.matches(skip);
			budget -= matches ? 0 : 1;
			passed ||= matches;
			return matches;
		}

		if (!stamped) {
			for (const match of root.querySelectorAll(skip)) {
				(match as Stamped)[skipKey] = token;
			}

			stamped = true;
		}

		const matches = element[skipKey] === token;
		passed ||= matches;
		return matches;
	};

	const document = root.ownerDocument ?? root as Document;
	// One tree: the page, or an open shadow root (walked from its host, as if the host's first
	// children: the host encloses it, so rows and labels inside it are found like any others).
	const walkTree = (tree: Document | Element | ShadowRoot, host?: Element) => {
		const base = open.length;
		const walker = document.createTreeWalker(tree, 1 | 4 /* NodeFilter.SHOW_ELEMENT | SHOW_TEXT */);
		const pastSubtree = (): Node | null => {
			let next = walker.nextSibling();
			while (!next && walker.parentNode()) {
				next = walker.nextSibling();
			}

			return next;
		};

		for (let node: Node | null = tree === root && root.nodeType === 1 ? root : walker.nextNode(); node;) {
			// One parentNode read per node: each DOM getter is a call into the browser.
			const domParent = node.parentNode;
			const parent = host && domParent === tree ? host : domParent;
			while (open.length > base && open[open.length - 1] !== parent) {
				close();
			}

			// The walker shows elements and texts only. nodeType is one getter; `'data' in node` looked up
			// the prototype chains of every kind of element and cost a walk and a half more (bench (g), Chromium).
			if (node.nodeType === 1) {
				const element = node as Stamped;
				const position = walk.elements.length;
				if (position === capacity) {
					grow();
				}

				const depth = open.length;
				element[positionKey] = position;
				walk.elements.push(element);
				walk.depth[position] = depth;
				walk.parent[position] = depth > 0 ? openAt[depth - 1]! : -1;
				walk.textFirst[position] = walk.texts.length;
				perDepth[depth] = (perDepth[depth] ?? 0) + 1;
				open.push(element);
				openAt.push(position);
				// Only the tree's own elements, as the one query reaches: not those in a shadow root.
				if (!host && element !== root && skip !== '' && passedOver(element)) {
					walker.currentNode = element;
					node = pastSubtree();
					continue;
				}

				// Only custom elements are asked for a shadow root (Reddit's faceplate-* and shreddit-*): the
				// question costs a native call, a name test costs nothing, and a page without them pays nothing.
				// A closed root answers null: never read, as the browser intends.
				const shadow = element.localName.includes('-') ? element.shadowRoot : null;
				if (shadow) {
					walk.shadowRoots.push(shadow);
					const before = walk.elements.length;
					walkTree(shadow, element);
					inShadow += walk.elements.length - before;
				}
			} else if (open.length > 0) {
				const text = (node as Text).data;
				walk.texts.push(text);
				walk.textParent.push(openAt[openAt.length - 1]!);
				walk.textFilled.push(isFilled(text) ? 1 : 0);
			}

			node = walker.nextNode();
		}

		// The tree's own elements are closed; a shadow tree's host stays open for its light children.
		while (open.length > base) {
			close();
		}
	};

	walkTree(root);
	// Nothing passed over: the walk saw every element a query would read.
	walk.reach = passed ? () => count() + inShadow : () => walk.elements.length;

	// Positions by depth, in document order: a counting sort of the depths (one array, not one per depth).
	walk.depthStart = new Int32Array(perDepth.length + 1);
	for (let depth = 0; depth < perDepth.length; depth++) {
		walk.depthStart[depth + 1] = walk.depthStart[depth]! + perDepth[depth]!;
	}

	walk.byDepth = new Int32Array(walk.elements.length);
	const next = walk.depthStart.slice(0, perDepth.length);
	for (let position = 0; position < walk.elements.length; position++) {
		walk.byDepth[next[walk.depth[position]!]!++] = position;
	}

	return walk;
}
