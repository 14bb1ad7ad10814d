/** How far above a label its row may start. Rows are shallow; a deeper climb hits the section. */
const maxClimb = 8;

/** Collects the controls of interest inside (or at) an element. */
export type ControlFinder = (root: Element) => Element[];

/** A control nested in another (a switch wrapping its checkbox, an icon with an svg title) counts once. */
export const outermost = (elements: Element[]): Element[] =>
	elements.filter(element => !elements.some(other => other !== element && other.contains(element)));

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
			return controls[0];
		}

		if (controls.length > 1) {
			return undefined;
		}
	}

	return undefined;
}
