import {known, unknown, type Observed} from '../src/core/model/observed.js';
import type {PageContext} from './define-site-readers.js';
import {noteControl, outermost} from './dom/find-row.js';
import {countInside} from './dom/inside.js';
import {normalizeText, wordings} from './dom/normalize-text.js';
import {readSwitch} from './dom/read-switch.js';
import {findLabelled} from './find-labelled.js';

type Reader<T> = (context: PageContext) => Observed<T>;

const radios = 'input[type="radio"], [role="radio"]';

/** How far above a question its options may sit. */
const maxClimb = 6;

/**
 * A radio's wording: aria-labelledby, aria-label, its `<label>` (around it, or pointing at it with
 * `for`), else the text of a role="radio" row. Every site's radio readers name options this way.
 */
export function optionText(radio: Element): string {
	const byId = radio.getAttribute('aria-labelledby');
	const named = byId ? radio.ownerDocument.getElementById(byId)?.textContent : radio.getAttribute('aria-label');
	return normalizeText(named ?? labelOf(radio)?.textContent ?? (radio.matches('[role="radio"]') ? radio.textContent ?? '' : ''));
}

/** How many boxes around a control its `for` label is looked for in, before the whole page. */
const labelClimb = 4;

/**
 * A control's `<label>`: the one around it, else one pointing at it with `for`, looked for in the few
 * boxes around the control first. The browser's `labels` searches the whole page, about half a walk
 * of a 100k-node page per option (bench (g): Strava's privacy page asked it for every radio); it is
 * asked only when no label is near.
 */
function labelOf(control: Element): Element | null {
	const around = control.closest('label');
	if (around || !('labels' in control)) {
		return around;
	}

	const id = control.id;
	let box = control.parentElement;
	for (let depth = 0; id !== '' && box && depth < labelClimb; depth++, box = box.parentElement) {
		for (const label of box.getElementsByTagName('label')) {
			if ((label as HTMLLabelElement).htmlFor === id) {
				return label;
			}
		}
	}

	return (control as HTMLInputElement).labels?.[0] ?? null;
}

/**
 * A second signal a site may hold on the selected option (LinkedIn's stored enum `value`): given the
 * selected radio and the value its wording maps to, false when the two disagree.
 */
export type OptionCheck<T> = (selected: Element, value: T) => boolean;

/**
 * One choice among radios under a question (Instagram's "Allow tags from", platform-pages-2.md §2.4;
 * LinkedIn's discovery pages, platform-pages-3.md §5.2: the markup was never observed, L–M, so both
 * native radios and role="radio" rows are accepted). The group is
 * the nearest box above the question holding radios; a box that also holds another question of
 * the page (`others`) has left the group and would read a neighbour's answer. Exactly one option
 * must be selected (live `.checked`, or aria-checked), its wording must be a known one, and a
 * site's second signal (`agrees`) must not contradict it.
 */
export const radioChoice = <K extends string, T>(question: K, values: ReadonlyArray<readonly [K, T]>, others: readonly K[] = [], agrees?: OptionCheck<T>): Reader<T> => context => {
	const labels = findLabelled(context, question);
	if (labels.length !== 1) {
		return unknown('element-missing');
	}

	const neighbours = others.flatMap(other => findLabelled(context, other));
	let box: Element | null = labels[0]!.parentElement;
	for (let depth = 0; box && depth < maxClimb && !box.querySelector(radios); depth++) {
		box = box.parentElement;
	}

	if (!box || !context.root.contains(box) || countInside(box, neighbours) > 0) {
		return unknown('element-missing');
	}

	// A role="radio" row around a native radio is one option.
	const selected = outermost([...box.querySelectorAll(radios)]).filter(option => readSwitch(option) === true);
	if (selected.length !== 1) {
		return unknown('unrecognized-value');
	}

	const text = optionText(selected[0]!);
	const match = values.find(([value]) => wordings(context.labels[value]).includes(text));
	// "Show me" points at the whole group: the choice to make is among its options.
	noteControl(box);
	return match && (agrees?.(selected[0]!, match[1]) ?? true) ? known(match[1]) : unknown('unrecognized-value');
};
