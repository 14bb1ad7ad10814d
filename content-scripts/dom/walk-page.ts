/** Label texts are short; a longer text node is a post or a bio, never a label (text-index.ts). */
export const maxLabelLength = 160;

/**
 * How much of an element's text is kept, whitespace runs collapsed: more than any label, so a
 * text this long or longer can equal no label, and its start still says what it starts with.
 */
export const textHeadLength = 256;

/** What one walk over a document records, by element position in document order. */
export type PageWalk = {
	elements: Element[];
	index: Map<Element, number>;
	/** Position of the last element inside each element. */
	last: number[];
	depth: number[];
	parent: number[];
	/** Element positions by depth, ascending: the ancestor at a depth is found by binary search. */
	byDepth: number[][];
	/** Text nodes holding more than whitespace before each element, and up to its end. */
	textsBefore: number[];
	textsAtEnd: number[];
	/** textContent's length, and its first textHeadLength + 1 characters with whitespace runs collapsed. */
	textLength: number[];
	textHead: string[];
	/** Text nodes of at most maxLabelLength characters: their text and their parent's position. */
	shortTexts: Array<{text: string; parent: number}>;
};

/** A piece of text as an element's textContent would hold it, cut to what the map keeps. */
type Piece = {length: number; head: string; endsBlank: boolean};

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

/** Appends `piece` to `to` as textContent would, keeping only the head: whitespace at the seam collapses once. */
function append(to: Piece, piece: Piece): void {
	if (piece.length === 0) {
		return;
	}

	if (to.head.length <= textHeadLength) {
		const joined = to.endsBlank && piece.head.startsWith(' ') ? to.head + piece.head.slice(1) : to.head + piece.head;
		to.head = joined.length > textHeadLength + 1 ? joined.slice(0, textHeadLength + 1) : joined;
	}

	to.length += piece.length;
	to.endsBlank = piece.endsBlank;
}

/**
 * One TreeWalker pass over elements and text nodes, keeping a stack of the open elements: each
 * element's numbers are final when the walk leaves it, and its text is folded into its parent's.
 * Every node is visited once and every fold is bounded by textHeadLength, so the cost is linear.
 */
export function walkPage(root: Document | Element): PageWalk {
	const walk: PageWalk = {
		elements: [], index: new Map(), last: [], depth: [], parent: [], byDepth: [],
		textsBefore: [], textsAtEnd: [], textLength: [], textHead: [], shortTexts: [],
	};
	const open: Element[] = [];
	const openAt: number[] = [];
	const pieces: Piece[] = [];
	let texts = 0;

	const close = () => {
		open.pop();
		const position = openAt.pop()!;
		const piece = pieces.pop()!;
		walk.last[position] = walk.elements.length - 1;
		walk.textsAtEnd[position] = texts;
		walk.textLength[position] = piece.length;
		walk.textHead[position] = piece.head;
		const outer = pieces.at(-1);
		if (outer) {
			append(outer, piece);
		}
	};

	const walker = (root.ownerDocument ?? root as Document).createTreeWalker(root, 1 | 4 /* NodeFilter.SHOW_ELEMENT | SHOW_TEXT */);
	for (let node: Node | null = root.nodeType === 1 ? root : walker.nextNode(); node; node = walker.nextNode()) {
		const parent = node.parentNode;
		while (open.length > 0 && open.at(-1) !== parent) {
			close();
		}

		if (node.nodeType === 1) {
			const position = walk.elements.length;
			const depth = open.length;
			walk.elements.push(node as Element);
			walk.index.set(node as Element, position);
			walk.depth.push(depth);
			walk.parent.push(openAt.at(-1) ?? -1);
			walk.textsBefore.push(texts);
			(walk.byDepth[depth] ??= []).push(position);
			open.push(node as Element);
			openAt.push(position);
			pieces.push({length: 0, head: '', endsBlank: false});
			continue;
		}

		const text = (node as Text).data;
		const parentAt = openAt.at(-1);
		if (parentAt === undefined) {
			continue;
		}

		if (text.length <= maxLabelLength) {
			walk.shortTexts.push({text, parent: parentAt});
		}

		if (text.length > 0) {
			texts += /\S/.test(text) ? 1 : 0;
			append(pieces.at(-1)!, {length: text.length, head: collapsedHead(text), endsBlank: blank.test(text.at(-1)!)});
		}
	}

	while (open.length > 0) {
		close();
	}

	return walk;
}
