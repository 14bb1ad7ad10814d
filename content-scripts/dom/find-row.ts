/**
 * "Show me" asks where a field's control is: while it re-reads a field, this hook hears every
 * control a row search settles on. Unset (the usual case), finding a row costs nothing more.
 */
export const controlFound: {listener?: (control: Element) => void} = {};

/** For readers that find their control without a row search (a labelled input, a select by test id). */
export const noteControl = (control: Element): void => controlFound.listener?.(control);

/**
 * The smallest element holding every one of `elements` (a radio group's options): what "Show me"
 * rings for a choice among several controls, rather than the whole section around them.
 */
export function groupOf(elements: readonly Element[]): Element | undefined {
	let group: Element | null = elements[0] ?? null;
	while (group && !elements.every(element => group!.contains(element))) {
		group = group.parentElement;
	}

	return group ?? undefined;
}

/** How far above a label its row may start. Rows are shallow; a deeper climb hits the section. */
const maxClimb = 8;

/** Collects the controls of interest inside (or at) an element. */
export type ControlFinder = (root: Element) => Element[];

/** A control nested in another (a switch wrapping its checkbox, an icon with an svg title) counts once. */
export const outermost = (elements: Element[]): Element[] =>
	elements.filter(element => !elements.some(other => other !== element && other.contains(element)));

/** Controls from a list collected once per page (one query, not one per climb step), at or inside the element. */
export const among = (candidates: readonly Element[]): ControlFinder => root =>
	outermost(candidates.filter(candidate => root.contains(candidate)));

/** Controls matching a selector, at or inside the element. */
export const bySelector = (selector: string): ControlFinder => root =>
	outermost(root.matches(selector) ? [root, ...root.querySelectorAll(selector)] : [...root.querySelectorAll(selector)]);

/**
 * The control in the row that holds `label`: the nearest ancestor containing any control. If that
 * ancestor holds several, the label's own control is missing and we would read a neighbour's, so
 * the answer is undefined.
 */
export function findRowControl(label: Element, findControls: ControlFinder): Element | undefined {
	let row: Element | null = label;
	for (let depth = 0; row && depth <= maxClimb; depth++, row = row.parentElement) {
		const controls = findControls(row);
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
