import {known, unknown, type Observed} from '../../../src/core/model/observed.js';
import type {PageContext} from '../../define-site-readers.js';
import {noteControl, outermost} from '../../dom/find-row.js';
import {countInside} from '../../dom/inside.js';
import {normalizeText, wordings} from '../../dom/normalize-text.js';
import {readSwitch} from '../../dom/read-switch.js';
import {findLabelled} from '../../find-labelled.js';
import type {InstagramLabel} from '../../../src/core/labels/instagram/en.js';

type Reader<T> = (context: PageContext) => Observed<T>;

const radios = 'input[type="radio"], [role="radio"]';

/** How far above a question its options may sit. */
const maxClimb = 6;

/** A radio's wording: aria-labelledby, aria-label, its `<label>`, else the text of a role="radio" row. */
function optionText(radio: Element): string {
	const byId = radio.getAttribute('aria-labelledby');
	const named = byId ? radio.ownerDocument.getElementById(byId)?.textContent : radio.getAttribute('aria-label');
	return normalizeText(named ?? radio.closest('label')?.textContent ?? (radio.matches('[role="radio"]') ? radio.textContent ?? '' : ''));
}

/**
 * One choice among radios under a question ("Allow tags from", platform-pages-2.md §2.4: the markup
 * was never observed, L–M, so both native radios and role="radio" rows are accepted). The group is
 * the nearest box above the question holding radios; a box that also holds another question of
 * the page (`others`) has left the group and would read a neighbour's answer. Exactly one option
 * must be selected (live `.checked`, or aria-checked) and its wording must be a known one.
 */
export const radioChoice = <T>(question: InstagramLabel, values: ReadonlyArray<readonly [InstagramLabel, T]>, others: readonly InstagramLabel[] = []): Reader<T> => context => {
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
	return match ? known(match[1]) : unknown('unrecognized-value');
};
