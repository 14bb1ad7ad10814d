import {known, unknown, type Observed} from '../../../src/core/model/observed.js';
import type {PageContext} from '../../define-site-readers.js';
import {bySelector, findRowControl, noteControl, ownsControl} from '../../dom/find-row.js';
import {closest, contains} from '../../dom/inside.js';
import {normalizeText, wordings} from '../../dom/normalize-text.js';
import {readSwitch} from '../../dom/read-switch.js';
import type {InstagramLabel} from '../../../src/core/labels/instagram/en.js';

type Reader<T> = (context: PageContext) => Observed<T>;

const switches = 'input[role="switch"], [role="switch"], input[type="checkbox"]';

/**
 * A switch's state (platform-pages-2.md §2.2–2.3): `aria-checked` first ("true" = on, M–H, the
 * attribute the app re-renders), else the live `.checked` property, never the `checked` attribute.
 */
export function switchState(control: Element): boolean | undefined {
	const aria = control.getAttribute('aria-checked');
	return aria === 'true' ? true : aria === 'false' ? false : readSwitch(control);
}

/** Switches in the content root named by their aria-label (the evidenced selector, language-bound). */
const byAriaLabel = (context: PageContext, names: readonly string[]): Element[] =>
	context.memo('instagram:switches', () => [...context.root.querySelectorAll(switches)])
		.filter(control => names.includes(normalizeText(control.getAttribute('aria-label') ?? '')));

/**
 * Instagram names its switches by aria-label (§2.3): a switch named for another setting is that
 * setting's, even when its visible text is gone (found by the layout-drift fuzz: with "Show Threads
 * badge" blanked, the account-suggestions label borrowed the Threads switch).
 */
function namedOtherwise(control: Element, names: readonly string[]): boolean {
	const name = normalizeText(control.getAttribute('aria-label') ?? '');
	return name !== '' && !names.includes(name);
}

/** The switch in the row of a visible label: a `<label>` holding one switch, or the row's only one. */
function byLabelText(context: PageContext, names: readonly string[]): Element[] {
	const found = new Set<Element>();
	for (const label of context.text.find(names)) {
		const row = closest(label, 'label');
		const inside = row ? bySelector(switches)(row, 2) : [];
		const control = inside.length > 0 ? (inside.length === 1 ? inside[0] : undefined) : findRowControl(label, bySelector(switches));
		if (control && !namedOtherwise(control, names) && ((row && contains(row, control)) || ownsControl(label, control))) {
			found.add(control);
		}
	}

	return [...found];
}

/**
 * A labelled on/off switch: found by its aria-label, else by its label text. Exactly one switch
 * must answer to the label; none → element-missing, several or an unreadable one → unrecognized.
 */
export const labelledSwitch = (key: InstagramLabel): Reader<boolean> => context => {
	const names = wordings(context.labels[key]);
	const named = byAriaLabel(context, names);
	const candidates = named.length > 0 ? named : byLabelText(context, names);
	if (candidates.length === 0) {
		return unknown('element-missing');
	}

	if (candidates.length === 1) {
		noteControl(candidates[0]!);
	}

	const state = candidates.length === 1 ? switchState(candidates[0]!) : undefined;
	return state === undefined ? unknown('unrecognized-value') : known(state);
};
