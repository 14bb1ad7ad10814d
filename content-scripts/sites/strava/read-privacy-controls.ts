import type {Audience} from '../../../src/core/model/audience.js';
import {known, unknown, type Observed} from '../../../src/core/model/observed.js';
import type {PageContext} from '../../define-site-readers.js';
import {noteControl} from '../../dom/find-row.js';
import {wordings} from '../../dom/normalize-text.js';
import {readSwitch} from '../../dom/read-switch.js';
import {findLabelled} from '../../find-labelled.js';
import {optionText} from '../../read-radio-choice.js';
import type {StravaLabel} from '../../../src/core/labels/strava/en.js';

type Reader<T> = (context: PageContext) => Observed<T>;

// The markup of /settings/privacy is unknown (platform-pages-3.md §1.6): no public tool reads it. A
// choice is read only where three signals agree: the heading's wording, a group that the markup
// itself ties to that heading (a fieldset's legend, or a radiogroup's aria-labelledby), and the
// wording of every option in it. Anything else is "couldn't check", never a guess at a neighbour.

const radios = 'input[type="radio"], [role="radio"]';

/** How far above a wording its legend, label or radio row may be: a bounded climb, never to the top of a deep page. */
const maxClimb = 3;

/** The element itself or one of its nearest `maxClimb` ancestors matching `selector`. */
function near(element: Element, selector: string): Element | undefined {
	let at: Element | null = element;
	for (let depth = 0; at && depth <= maxClimb; depth++, at = at.parentElement) {
		if (at.matches(selector)) {
			return at;
		}
	}

	return undefined;
}

/** Elements by each id their aria-labelledby names, from one query per reading (not one per label). */
const byLabelledId = (context: PageContext, selector: string): Map<string, Element[]> => context.memo(`strava:labelled:${selector}`, () => {
	const map = new Map<string, Element[]>();
	for (const element of context.root.querySelectorAll(selector)) {
		for (const id of (element.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean)) {
			map.set(id, [...(map.get(id) ?? []), element]);
		}
	}

	return map;
});

/** The group a heading names: its fieldset (the heading is the legend), or the radiogroup(s) labelled by its id. */
function groupsNamedBy(heading: Element, context: PageContext): Element[] {
	const groups: Element[] = [];
	const legend = near(heading, 'legend');
	if (legend?.parentElement?.localName === 'fieldset' && legend.parentElement.querySelector('legend') === legend) {
		groups.push(legend.parentElement);
	}

	if (heading.id !== '') {
		groups.push(...byLabelledId(context, '[role="radiogroup"][aria-labelledby]').get(heading.id) ?? []);
	}

	return groups;
}

/**
 * A radio choice under a heading ("Activities": Everyone / Followers / Only You). Exactly one group
 * must be named by the heading; every option in it must be one of `values` (an unknown option is a
 * layout or a choice we do not know); exactly one must be selected, by its live state.
 */
export const headedChoice = (heading: StravaLabel, values: ReadonlyArray<readonly [StravaLabel, Audience]>): Reader<Audience> => context => {
	const groups = new Set(findLabelled(context, heading).flatMap(label => groupsNamedBy(label, context)));
	if (groups.size !== 1) {
		return unknown('element-missing');
	}

	const group = [...groups][0]!;
	const options = [...group.querySelectorAll(radios)].filter(option => !(option.parentElement && near(option.parentElement, '[role="radio"]')));
	if (options.length < 2) {
		return unknown('element-missing');
	}

	noteControl(group);
	const valueOf = (option: Element) => values.find(([label]) => wordings(context.labels[label]).includes(optionText(option)))?.[1];
	if (options.some(option => valueOf(option) === undefined)) {
		return unknown('unrecognized-value');
	}

	const selected = options.filter(option => readSwitch(option) === true);
	return selected.length === 1 ? known(valueOf(selected[0]!)!) : unknown('unrecognized-value');
};

/** The checkbox a wording labels: `<label>` around or `for` it, or aria-labelledby pointing at the wording. */
function checkboxesFor(label: Element, context: PageContext): Element[] {
	const found = new Set<Element>();
	const wrapper = near(label, 'label');
	const control = wrapper ? (wrapper as HTMLLabelElement).control : null;
	if (control?.matches('input[type="checkbox"]')) {
		found.add(control);
	}

	const named = byLabelledId(context, 'input[type="checkbox"][aria-labelledby], [role="checkbox"][aria-labelledby]');
	for (const element of wrapper && wrapper !== label ? [label, wrapper] : [label]) {
		for (const box of element.id === '' ? [] : named.get(element.id) ?? []) {
			found.add(box);
		}
	}

	return [...found];
}

/** A labelled checkbox ("Contribute your activity data…"): exactly one, read by its live state. */
export const labelledCheckbox = (key: StravaLabel): Reader<boolean> => context => {
	const boxes = new Set(findLabelled(context, key).flatMap(label => checkboxesFor(label, context)));
	if (boxes.size !== 1) {
		return unknown('element-missing');
	}

	const box = [...boxes][0]!;
	noteControl(box);
	const state = readSwitch(box);
	return state === undefined ? unknown('unrecognized-value') : known(state);
};
