import {composedParent} from './shadow-roots.js';
import {pageMap} from './current-page-map.js';
import type {PageMap} from './page-map.js';
import {upperBound} from './upper-bound.js';

/**
 * "Show me" asks where a field's control is: while it re-reads a field, this hook hears every
 * control a row search settles on. Unset (the usual case), finding a row costs nothing more.
 */
export const controlFound: {listener?: (control: Element) => void} = {};

/** For readers that find their control without a row search (a labelled input, a select by test id). */
export const noteControl = (control: Element): void => controlFound.listener?.(control);

// Every question below is answered from the page map (page-map.ts) when the elements are in the
// document: a row search then costs a few binary searches per label, not a walk of the row, so
// thousands of labels or controls stay linear. The DOM answers only for elements outside it.

/**
 * The smallest element holding every one of `elements` (a radio group's options): what "Show me"
 * rings for a choice among several controls, rather than the whole section around them.
 */
export function groupOf(elements: readonly Element[]): Element | undefined {
	const map = elements[0] ? pageMap(elements[0]) : undefined;
	const positions = map ? elements.map(element => map.position(element)) : [];
	if (!map || positions.some(position => position < 0)) {
		let group: Element | null = elements[0] ?? null;
		while (group && !elements.every(element => group!.contains(element))) {
			group = group.parentElement;
		}

		return group ?? undefined;
	}

	// A loop, not Math.min(...positions): a page can hold more options than a call has room for arguments.
	let low = positions[0]!;
	let high = low;
	for (const position of positions) {
		low = Math.min(low, position);
		high = Math.max(high, position);
	}

	return map.element(map.enclosing(positions[0]!, low, high));
}

/** How far above a label its row may start. Rows are shallow; a deeper climb hits the section. */
const maxClimb = 8;

/** Collects the controls of interest inside (or at) an element; a row search needs only the first `limit`. */
export type ControlFinder = (root: Element, limit?: number) => Element[];

/** A control nested in another (a switch wrapping its checkbox, an icon with an svg title) counts once. */
export function outermost(elements: Element[]): Element[] {
	const map = elements.length > 1 ? pageMap(elements[0]!) : undefined;
	const positions = map ? elements.map(element => map.position(element)) : [];
	if (!map || positions.some(position => position < 0)) {
		return elements.filter(element => !elements.some(other => other !== element && other.contains(element)));
	}

	// In document order, an element inside the last one kept is nested in it.
	const nested = new Set<number>();
	let keptUpTo = -1;
	for (const position of Int32Array.from(new Set(positions)).sort()) {
		if (position <= keptUpTo) {
			nested.add(position);
		} else {
			keptUpTo = map.last(position);
		}
	}

	return elements.filter((_, index) => !nested.has(positions[index]!));
}

/** The outermost of `positions` (ascending) at or inside the element at `at`, at most `limit`. */
function outermostInside(map: PageMap, positions: Int32Array, at: number, limit: number): Element[] {
	const found: Element[] = [];
	const end = map.last(at);
	// Each one found is outermost; the next starts after its subtree.
	for (let index = upperBound(positions, at - 1); index < positions.length && positions[index]! <= end && found.length < limit;) {
		found.push(map.element(positions[index]!));
		index = upperBound(positions, map.last(positions[index]!));
	}

	return found;
}

const prepared = new WeakMap<readonly Element[], {map: PageMap; positions: Int32Array}>();

/** Controls from a list collected once per page (one query, not one per climb step), at or inside the element. */
export const among = (candidates: readonly Element[]): ControlFinder => (root, limit = Number.POSITIVE_INFINITY) => {
	const map = pageMap(root);
	const at = map.position(root);
	if (at < 0) {
		return outermost(candidates.filter(candidate => root.contains(candidate))).slice(0, limit);
	}

	let ready = prepared.get(candidates);
	if (ready?.map !== map) {
		ready = {map, positions: map.positions(candidates)};
		prepared.set(candidates, ready);
	}

	return outermostInside(map, ready.positions, at, limit);
};

/** Controls matching a selector, at or inside the element. */
export const bySelector = (selector: string): ControlFinder => (root, limit = Number.POSITIVE_INFINITY) => {
	const map = pageMap(root);
	const at = map.position(root);
	if (at < 0) {
		return outermost(root.matches(selector) ? [root, ...root.querySelectorAll(selector)] : [...root.querySelectorAll(selector)]).slice(0, limit);
	}

	return outermostInside(map, map.matching(selector), at, limit);
};

/**
 * The control in the row that holds `label`: the nearest ancestor containing any control. If that
 * ancestor holds several, the label's own control is missing and we would read a neighbour's, so
 * the answer is undefined.
 */
export function findRowControl(label: Element, findControls: ControlFinder): Element | undefined {
	let row: Element | null = label;
	for (let depth = 0; row && depth <= maxClimb; depth++, row = composedParent(row)) {
		const controls = findControls(row, 2);
		if (controls.length === 1) {
			controlFound.listener?.(controls[0]!);
			return controls[0];
		}

		if (controls.length > 1) {
			return undefined;
		}
	}

	return undefined;
}

/**
 * When a label's own control is missing (moved to a sub-page, not rendered), the climb from it
 * reaches the section, and if that holds one control it is a neighbouring row's. A neighbour's
 * control sits beside its own row text, so: the branch that holds the control, below the ancestor
 * it shares with the label, must hold no other text.
 */
export function ownsControl(label: Element, control: Element): boolean {
	const map = pageMap(control);
	const at = map.position(control);
	const labelAt = map.position(label);
	if (at < 0 || labelAt < 0) {
		return ownsControlInDom(label, control);
	}

	if (map.encloses(at, labelAt)) {
		return true;
	}

	const shared = map.enclosing(labelAt, at, at);
	const branch = map.ancestorAt(at, map.depth(shared) + 1);
	// The control's own text nodes are in the branch too: any more is other text.
	if (branch !== at && map.textNodesInside(branch) !== map.textNodesInside(at)) {
		return false;
	}

	// Nor may the box they share hold text beside the two branches: that is another row's title, even
	// one we cannot name (found by the layout-drift fuzz: a lone switch moved to the end of the app was
	// taken by a label whose own control had become a "Change" button).
	const labelBranch = shared === labelAt ? labelAt : map.ancestorAt(labelAt, map.depth(shared) + 1);
	if (map.textNodesInside(shared) > map.textNodesInside(labelBranch) + map.textNodesInside(branch)) {
		return false;
	}

	// And the label's own branch holds no control of its own beyond the label: a question with its
	// own button or link ("Change") has its row there, and a far control is not its (fuzz find).
	return !holdsOwnControl(map, labelBranch, label);
}

/** Beyond this many elements, a branch is searched through the page-wide list (one query per reading) instead. */
const smallBranch = 200;

/**
 * Whether the label's branch holds a control outside the label. A row's branch is small and searched
 * in place; a query over the whole page would cost more than the reading on a page of 4,000 posts.
 */
function holdsOwnControl(map: PageMap, branch: number, label: Element): boolean {
	// A branch with shadow roots in it holds controls a querySelectorAll there would not see.
	if (!map.hasShadowRoots && map.last(branch) - branch <= smallBranch) {
		return [...map.element(branch).querySelectorAll(interactiveSelector)].some(control => !label.contains(control));
	}

	const interactive = map.matching(interactiveSelector);
	const labelAt = map.position(label);
	const inside = (position: number) => upperBound(interactive, map.last(position)) - upperBound(interactive, position - 1);
	return inside(branch) > inside(labelAt);
}

const interactiveSelector = 'a[href], button, input, select, textarea, [role="button"], [role="switch"], [role="checkbox"], [role="link"], [role="tab"]';

function ownsControlInDom(label: Element, control: Element): boolean {
	let branch = control;
	while (branch.parentElement && !branch.parentElement.contains(label)) {
		branch = branch.parentElement;
	}

	if (branch === control) {
		return true;
	}

	const walker = control.ownerDocument.createTreeWalker(branch, 4 /* NodeFilter.SHOW_TEXT */);
	for (let node = walker.nextNode(); node; node = walker.nextNode()) {
		if (!control.contains(node) && (node.nodeValue ?? '').trim() !== '') {
			return false;
		}
	}

	return true;
}
