import {known, unknown, type Observed} from '../../../src/core/model/observed.js';
import type {PageContext} from '../../define-site-readers.js';
import {bySelector, findRowControl, noteControl, ownsControl} from '../../dom/find-row.js';
import {readSwitch} from '../../dom/read-switch.js';
import {findLabelled} from '../../find-labelled.js';
import type {LinkedInLabel} from '../../../src/core/labels/linkedin/en.js';

type Reader<T> = (context: PageContext) => Observed<T>;

const switches = 'input[role="switch"], [role="switch"]';

/** A switch's live state; "Show me" rings it. */
const readState = (control: Element): Observed<boolean> => {
	noteControl(control);
	const state = readSwitch(control);
	return state === undefined ? unknown('unrecognized-value') : known(state);
};

/**
 * A settings switch by its id (platform-pages-2.md §4.2, H, Brave PSST 2026): `input[role="switch"]`
 * whose aria-labelledby or id is the setting's id. Exactly one such switch; its live state is read.
 */
export const switchById = (id: string): Reader<boolean> => context => {
	const found = [...context.root.querySelectorAll(switches)]
		.filter(control => control.getAttribute('aria-labelledby') === id || control.id === id);
	return found.length === 1 ? readState(found[0]!) : unknown('element-missing');
};

/**
 * A settings switch by its label text: the switch named by the label (aria-labelledby pointing at
 * it), else the one switch in the label's row, never a neighbour's.
 */
export const labelledSwitch = (key: LinkedInLabel): Reader<boolean> => context => {
	const labels = findLabelled(context, key);
	// The labels' ids once, not once per switch: a page can hold thousands of both.
	const labelIds = new Set(labels.map(label => label.id).filter(id => id !== ''));
	const named = [...context.root.querySelectorAll(switches)].filter(control =>
		(control.getAttribute('aria-labelledby') ?? '').split(/\s+/).some(id => labelIds.has(id)));
	if (named.length === 1) {
		return readState(named[0]!);
	}

	const inRows = labels.map(label => [label, findRowControl(label, bySelector(switches))] as const)
		.filter(([label, control]) => control !== undefined && ownsControl(label, control));
	const controls = [...new Set(inRows.map(([, control]) => control!))];
	return controls.length === 1 && named.length === 0 ? readState(controls[0]!) : unknown('element-missing');
};
