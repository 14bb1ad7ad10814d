import {known, unknown, type Observed} from '../../../src/core/model/observed.js';
import type {PageContext} from '../../define-site-readers.js';
import {leadingText} from '../../dom/element-text.js';
import {bySelector, findRowControl, groupOf, noteControl, ownsControl} from '../../dom/find-row.js';
import {closest, contains, countInside, matchesInside} from '../../dom/inside.js';
import {wordings} from '../../dom/normalize-text.js';
import {readSwitch} from '../../dom/read-switch.js';
import {findLabelled} from '../../find-labelled.js';
import {optionText} from '../../read-radio-choice.js';
import type {XLabel} from '../../../src/core/labels/x/en.js';

type Reader<T> = (context: PageContext) => Observed<T>;

const labelled = (context: PageContext, key: XLabel): Element[] => findLabelled(context, key);

/** How far above a question its options may sit: a settings section is shallow. */
const maxClimb = 6;

/**
 * A settings toggle (platform-pages.md §1.3, H, 2025-07): a `<label>` whose text starts with the
 * label, holding an unnamed `input[type=checkbox]`. The live `.checked` is read, not the attribute.
 */
export const checkbox = (key: XLabel): Reader<boolean> => context => {
	for (const label of labelled(context, key)) {
		const row = closest(label, 'label');
		const starts = row !== null && wordings(context.labels[key]).some(wording => leadingText(row).startsWith(wording));
		const inputs = row && starts ? matchesInside(row, 'input[type="checkbox"]', 2) : [];
		const control = inputs.length > 0 ? (inputs.length === 1 ? inputs[0] : undefined)
			: findRowControl(label, bySelector('input[type="checkbox"], [role="switch"]'));
		if (control && ((row && contains(row, control)) || ownsControl(label, control))) {
			noteControl(control);
			const state = readSwitch(control);
			return state === undefined ? unknown('unrecognized-value') : known(state);
		}
	}

	return unknown('element-missing');
};

/** The value a label's row shows, out of a set of wordings: exactly one must be in the row. */
function valueInRow<T>(context: PageContext, row: Element, values: ReadonlyArray<[XLabel, T]>): Observed<T> {
	const found = values.filter(([key]) => countInside(row, labelled(context, key)) > 0);
	return found.length === 1 ? known(found[0]![1]) : unknown('unrecognized-value');
}

/**
 * A link row whose description is its current value, e.g. "Photo tagging" / "Anyone can tag you"
 * (platform-pages.md §1.2). The row is the link holding the label.
 */
export const linkRowValue = <T>(key: XLabel, values: ReadonlyArray<[XLabel, T]>): Reader<T> => context => {
	const rows = labelled(context, key).map(label => closest(label, 'a[href], [role="link"]')).filter(row => row !== null);
	if (rows.length !== 1) {
		return unknown('element-missing');
	}

	// "Show me" rings the row: the choice is on the sub-page it opens.
	noteControl(rows[0]!);
	return valueInRow(context, rows[0]!, values);
};

const radios = 'input[type="radio"], [role="radio"]';

/**
 * A radio group under a question ("Allow message requests from:", platform-pages.md §1.2; the
 * radio markup itself is not documented, M): the nearest box above the question holding radios;
 * the one checked (live `.checked` / aria-checked) must be exactly one known wording.
 */
export const radioChoice = <T>(key: XLabel, values: ReadonlyArray<[XLabel, T]>): Reader<T> => context => {
	const questions = labelled(context, key);
	if (questions.length !== 1) {
		return unknown('element-missing');
	}

	let box: Element | null = questions[0]!;
	for (let depth = 0; box && depth <= maxClimb && !box.querySelector(radios); depth++) {
		box = box.parentElement;
	}

	const options = box && context.root.contains(box) ? [...box.querySelectorAll(radios)] : [];
	if (options.length === 0) {
		return unknown('element-missing');
	}

	// "Show me" rings the whole group: the choice to make is among its options.
	noteControl(groupOf(options)!);
	const checked = options.filter(option => readSwitch(option) === true);
	if (checked.length !== 1) {
		return unknown('unrecognized-value');
	}

	const text = optionText(checked[0]!);
	const match = values.find(([valueKey]) => wordings(context.labels[valueKey]).includes(text));
	return match ? known(match[1]) : unknown('unrecognized-value');
};
