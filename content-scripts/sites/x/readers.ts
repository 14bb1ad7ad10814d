import type {Audience} from '../../../src/core/model/audience.js';
import type {ProfileDetail} from '../../../src/core/model/fields.js';
import {known, unknown, type Observed} from '../../../src/core/model/observed.js';
import type {BioReader, PageContext} from '../../define-site.js';
import {leadingText} from '../../dom/element-text.js';
import {bySelector, findRowControl, groupOf, noteControl, ownsControl} from '../../dom/find-row.js';
import {closest, contains, countInside, matchesInside} from '../../dom/inside.js';
import {normalizeText, wordings} from '../../dom/normalize-text.js';
import {readSwitch} from '../../dom/read-switch.js';
import type {XLabel} from './labels-en.js';

type Reader<T> = (context: PageContext) => Observed<T>;

const labelled = (context: PageContext, key: XLabel): Element[] => context.text.find(wordings(context.labels[key]));

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

/** A radio's wording: its `<label>`, aria-label or aria-labelledby text. */
function radioText(radio: Element): string {
	const byId = radio.getAttribute('aria-labelledby');
	const named = byId ? radio.ownerDocument.getElementById(byId)?.textContent : radio.getAttribute('aria-label');
	return normalizeText(named ?? radio.closest('label')?.textContent ?? '');
}

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

	const text = radioText(checked[0]!);
	const match = values.find(([valueKey]) => wordings(context.labels[valueKey]).includes(text));
	return match ? known(match[1]) : unknown('unrecognized-value');
};

/**
 * X's birth-date audiences as Overshare's (platform-pages.md §1.2: public | followers | following |
 * mutualfollow | self). Followers and mutual follows are your connections, as risks-and-settings.md (c)
 * counts them; "People you follow" is a list you picked, so it ranks as custom.
 */
export const visibilities: ReadonlyArray<[XLabel, Audience]> = [
	['visibilityPublic', 'public'], ['visibilityFollowers', 'friends'], ['visibilityFollowing', 'custom'],
	['visibilityMutual', 'friends'], ['visibilityOnlyYou', 'only-me'],
];

/**
 * Edit profile › Birth date › "Who sees this?" (platform-pages.md §1.3, H, 2025-07): a native
 * `<select>` under a testid; its live selected option is the audience. The editor is a dialog over
 * Home, outside the content root, so it is found by testid in the document. No birth date on the
 * account shows ProfileBirthdate_Missing_Birthdate instead.
 */
export const birthdateVisibility = (testid: string): Reader<ProfileDetail> => context => {
	const holder = context.document.querySelector(`[data-testid="${testid}"]`);
	const select = holder?.localName === 'select' ? holder : holder?.querySelector('select');
	if (!select) {
		return context.document.querySelector('[data-testid="ProfileBirthdate_Missing_Birthdate"]') ? known('not-set') : unknown('element-missing');
	}

	noteControl(select);
	const chosen = normalizeText((select as HTMLSelectElement).selectedOptions[0]?.textContent ?? '');
	const match = visibilities.find(([key]) => wordings(context.labels[key]).includes(chosen));
	return match ? known('shown', match[1]) : unknown('unrecognized-value');
};

/**
 * The bio in Edit profile (platform-pages.md §1.3: testid Profile_Bio, H, 2025-07; text inputs named
 * "description", M, 2026 note), read from the live `.value`. An X bio is public: it is on the profile
 * header for anyone (UserDescription, §1.3). The text only travels to the background to be scanned.
 */
export const profileBio: BioReader = context => {
	const holder = context.document.querySelector('[data-testid="Profile_Bio"]');
	const fields = holder?.matches('textarea, input') ? [holder] : [...(holder ?? context.document).querySelectorAll('textarea[name="description"], input[name="description"]')];
	const field = fields.length === 1 ? fields[0] as HTMLTextAreaElement | HTMLInputElement : undefined;
	if (!field) {
		return unknown('element-missing');
	}

	// "Show me" rings the bio: what it mentions is taken out there.
	noteControl(field);
	return known(field.value, 'public');
};
