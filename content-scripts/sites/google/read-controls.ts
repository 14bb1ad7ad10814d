import {known, unknown, type Observed} from '../../../src/core/model/observed.js';
import type {PageContext} from '../../define-site-readers.js';
import {countByButton} from '../../count-by-button.js';
import {bySelector, findRowControl, noteControl, ownsControl} from '../../dom/find-row.js';
import {normalizeText, wordings} from '../../dom/normalize-text.js';
import {readSwitchStrictly} from '../../dom/read-switch.js';
import {findLabelled} from '../../find-labelled.js';
import type {GoogleLabel} from '../../../src/core/labels/google/en.js';

type Reader<T> = (context: PageContext) => Observed<T>;

/** The activity controls' toggle (platform-pages-3.md §2.3, M, FIRESER 2020). */
export const activitySwitch = 'input[role="switch"], [role="switch"]';
/** The People & sharing toggles (§2.3, M, FIRESER 2021). */
export const sharingCheckbox = '[role="checkbox"]';

/**
 * A labelled toggle: the toggle the label names (`aria-labelledby`), else the one toggle in the
 * label's row, never a neighbour's. Both ways must agree on one toggle; none → element-missing;
 * several, or a state that does not read → unrecognized.
 */
export const labelledToggle = (key: GoogleLabel, selector: string): Reader<boolean> => context => {
	const labels = findLabelled(context, key);
	const labelIds = new Set(labels.map(label => label.id).filter(id => id !== ''));
	const named = [...context.root.querySelectorAll(selector)].filter(control =>
		(control.getAttribute('aria-labelledby') ?? '').split(/\s+/).some(id => labelIds.has(id)));
	const inRows = labels.map(label => [label, findRowControl(label, bySelector(selector))] as const)
		.filter(([label, control]) => control !== undefined && ownsControl(label, control))
		.map(([, control]) => control!);
	const controls = new Set([...named, ...inRows]);
	if (controls.size === 0) {
		return unknown('element-missing');
	}

	if (controls.size > 1) {
		return unknown('unrecognized-value');
	}

	const control = [...controls][0]!;
	noteControl(control);
	// `aria-checked` and a native input's `.checked` (the attribute can be stale): where both are there
	// they must agree, otherwise the state is not one we can vouch for.
	const state = readSwitchStrictly(control);
	return state === undefined ? unknown('unrecognized-value') : known(state);
};

/**
 * A list counted by the one control each entry has (a connection's "See details", a share's "Stop
 * sharing …": its text or aria-label starts with the wording; a button inside a counted link is the
 * same entry). None: 0 only when the page says the list is empty in its own words, else the layout
 * is one we do not know. Names are never read.
 */
export const countByControl = (each: GoogleLabel, empty: GoogleLabel): Reader<number> => context => countByButton(context.root, {
	selector: 'a[href], button, [role="button"], [role="link"]',
	wordings: wordings(context.labels[each]),
	name: control => normalizeText(control.getAttribute('aria-label') ?? control.textContent ?? ''),
	startsWith: true,
	outermost: true,
}, () => findLabelled(context, empty).length > 0);
