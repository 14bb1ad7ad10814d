import type {Audience} from '../../../src/core/model/audience.js';
import {widest} from '../../../src/core/model/audience.js';
import type {ProfileDetail} from '../../../src/core/model/fields.js';
import {known, unknown, type Observed} from '../../../src/core/model/observed.js';
import type {BioReader, PageContext} from '../../define-site-readers.js';
import {anyMatches} from '../../dom/any-matches.js';
import {noteControl} from '../../dom/find-row.js';
import {normalizeText, wordings} from '../../dom/normalize-text.js';
import type {XLabel} from '../../../src/core/labels/x/en.js';

type Reader<T> = (context: PageContext) => Observed<T>;

/**
 * X's birth-date audiences as Overshare's (platform-pages.md §1.2: public | followers | following |
 * mutualfollow | self). Followers and mutual follows are your connections, as risks-and-settings.md (c)
 * counts them; "People you follow" is a list you picked, so it ranks as custom.
 */
const visibilities: ReadonlyArray<[XLabel, Audience]> = [
	['visibilityPublic', 'public'], ['visibilityFollowers', 'friends'], ['visibilityFollowing', 'custom'],
	['visibilityMutual', 'friends'], ['visibilityOnlyYou', 'only-me'],
];

/**
 * The Edit profile dialog, found by its Save button's test id (§1.3), else the whole page. Inputs by
 * name are looked for in it: a search for a name asks every element of the page, the Home feed behind
 * the dialog included (bench (g): three such searches cost more than two walks of a large page).
 */
const editor = (context: PageContext): ParentNode => context.memo('x:editor', () =>
	context.document.querySelector('[data-testid="Profile_Save_Button"]')?.closest('[role="dialog"]') ?? context.document);

/** Shown instead of the selects when the account has no birth date. */
const missingBirthdate = '[data-testid="ProfileBirthdate_Missing_Birthdate"]';

/** A "Who sees this?" select by its testid, on the select itself or on a box holding it. */
function visibilitySelect(document: Document, testid: string): HTMLSelectElement | undefined {
	const holder = document.querySelector(`[data-testid="${testid}"]`);
	return (holder?.localName === 'select' ? holder : holder?.querySelector('select') ?? undefined) as HTMLSelectElement | undefined;
}

/**
 * The audience a select's live selected option names, when it is one of the known wordings. A select
 * holding another select is not one we know (jsdom, unlike browsers, lists the inner one's options as
 * its own: the layout-drift fuzz read the year's audience as the day's).
 */
function chosenAudience(context: PageContext, select: HTMLSelectElement): Audience | undefined {
	if (select.querySelector('select') !== null) {
		return undefined;
	}

	const chosen = normalizeText(select.selectedOptions[0]?.textContent ?? '');
	return visibilities.find(([key]) => wordings(context.labels[key]).includes(chosen))?.[1];
}

/**
 * Edit profile › Birth date › "Who sees this?" (platform-pages.md §1.3, H, 2025-07): a native
 * `<select>` under a testid; its live selected option is the audience. The editor is a dialog over
 * Home, outside the content root, so it is found by testid in the document. No birth date on the
 * account shows ProfileBirthdate_Missing_Birthdate instead.
 */
export const birthdateVisibility = (testid: string): Reader<ProfileDetail> => context => {
	const select = visibilitySelect(context.document, testid);
	if (!select) {
		return context.document.querySelector(missingBirthdate) ? known('not-set') : unknown('element-missing');
	}

	noteControl(select);
	const audience = chosenAudience(context, select);
	return audience ? known('shown', audience) : unknown('unrecognized-value');
};

/**
 * The bio in Edit profile (platform-pages.md §1.3: testid Profile_Bio, H, 2025-07; text inputs named
 * "description", M, 2026 note), read from the live `.value`. An X bio is public: it is on the profile
 * header for anyone (UserDescription, §1.3). The text only travels to the background to be scanned.
 */
export const profileBio: BioReader = context => {
	const holder = context.document.querySelector('[data-testid="Profile_Bio"]');
	const fields = holder?.matches('textarea, input') ? [holder] : [...(holder ?? editor(context)).querySelectorAll('textarea[name="description"], input[name="description"]')];
	const field = fields.length === 1 ? fields[0] as HTMLTextAreaElement | HTMLInputElement : undefined;
	if (!field) {
		return unknown('element-missing');
	}

	// "Show me" rings the bio: what it mentions is taken out there.
	noteControl(field);
	return known(field.value, 'public');
};

/** Edit profile's text input by name (2026-10 note, M): set or empty, from its live value. */
function inputValue(context: PageContext, name: string): string | undefined {
	// One query per tag: a selector list is asked of every element of the page by Chromium's slow path
	// (dom/any-matches.ts), a tag with its attribute by a fast one.
	const inputs = ['input', 'textarea'].flatMap(tag => [...editor(context).querySelectorAll(`${tag}[name="${name}"]`)]);
	if (inputs.length !== 1) {
		return undefined;
	}

	// "Show me" rings this field (content-scripts/show-me/locate-control.ts).
	noteControl(inputs[0]!);
	return (inputs[0] as HTMLInputElement).value;
}

/** Edit profile › Location: what the header shows to anyone, so any text in it is public. */
export const editLocation: Reader<ProfileDetail> = context => {
	const value = inputValue(context, 'location');
	if (value === undefined) {
		return unknown('element-missing');
	}

	return value.trim() === '' ? known('not-set') : known('shown', 'public');
};

/**
 * Whether the header shows a "Born …" line, worked out from Edit profile's two "Who sees this?"
 * selects (§1.2–1.3): no line when there is no birth date or both are "Only you"; otherwise a line,
 * reaching the wider of the two audiences.
 */
export const editBirthLine: Reader<ProfileDetail> = context => {
	const selects = ['ProfileBirthdate_Day_Month_Visibility', 'ProfileBirthdate_Year_Visibility'].map(testid => visibilitySelect(context.document, testid));
	const chosen = selects.map(select => select && chosenAudience(context, select));
	const [dayMonth, year] = chosen;
	if (dayMonth && year) {
		const reach = widest(dayMonth, year);
		// "Show me" rings the select that reaches furthest: the line goes once both say "Only you".
		noteControl(selects[chosen.indexOf(reach)]!);
		return reach === 'only-me' ? known('not-set') : known('shown', reach);
	}

	const noSelects = !anyMatches(context.document, ['[data-testid="ProfileBirthdate_Day_Month_Visibility"]', '[data-testid="ProfileBirthdate_Year_Visibility"]']);
	return noSelects && context.document.querySelector(missingBirthdate) ? known('not-set') : unknown(noSelects ? 'element-missing' : 'unrecognized-value');
};
