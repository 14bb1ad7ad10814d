import {widest} from '../../../src/core/model/audience.js';
import type {ProfileDetail} from '../../../src/core/model/fields.js';
import {known, unknown, type Observed} from '../../../src/core/model/observed.js';
import type {PageContext} from '../../define-site.js';
import {hasText} from '../../dom/element-text.js';
import {noteControl} from '../../dom/find-row.js';
import {normalizeText, wordings} from '../../dom/normalize-text.js';
import {visibilities} from './readers.js';

type Reader<T> = (context: PageContext) => Observed<T>;

/**
 * The profile header's items (platform-pages.md §1.3, H, 2025-07 bundle, matching the 2026-10 note):
 * `UserProfileHeader_Items` holds UserLocation, UserUrl, UserBirthdate and UserJoinDate, by testid.
 * Every account has a join date, so a header without UserJoinDate is a layout we do not know. Only
 * whether an item is there is read, never its text.
 */
function headerItems(context: PageContext): Element | undefined {
	const headers = [...context.root.querySelectorAll('[data-testid="UserProfileHeader_Items"]')];
	const header = headers.length === 1 ? headers[0]! : undefined;
	return header?.querySelector('[data-testid="UserJoinDate"]') ? header : undefined;
}

const shownItem = (header: Element, testid: string): boolean =>
	[...header.querySelectorAll(`[data-testid="${testid}"]`)].some(item => hasText(item));

/** The header's location line: free text anyone who opens the profile sees, protected or not. */
export const headerLocation: Reader<ProfileDetail> = context => {
	const header = headerItems(context);
	if (!header) {
		return unknown('element-missing');
	}

	return shownItem(header, 'UserLocation') ? known('shown', 'public') : known('not-set');
};

/**
 * The header's "Born …" line. X leaves it out when both the month-and-day and the year are "Only
 * you", on your own profile too (§1.3), so a missing line is either no birth date or a hidden one:
 * unknown, never "not set". A shown line says some of the date reaches someone besides you, not
 * who: the audiences are in Edit profile.
 */
export const headerBirthLine: Reader<ProfileDetail> = context => {
	const header = headerItems(context);
	return header && shownItem(header, 'UserBirthdate') ? known('shown') : unknown('element-missing');
};

/** Edit profile's text input by name (2026-10 note, M): set or empty, from its live value. */
function inputValue(context: PageContext, name: string): string | undefined {
	const inputs = [...context.document.querySelectorAll(`input[name="${name}"], textarea[name="${name}"]`)];
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
	const selects = ['ProfileBirthdate_Day_Month_Visibility', 'ProfileBirthdate_Year_Visibility'].map(testid => {
		const holder = context.document.querySelector(`[data-testid="${testid}"]`);
		return (holder?.localName === 'select' ? holder : holder?.querySelector('select')) as HTMLSelectElement | null | undefined;
	});
	const chosen = selects.map(select => {
		const text = normalizeText(select?.selectedOptions[0]?.textContent ?? '');
		return select ? visibilities.find(([key]) => wordings(context.labels[key]).includes(text))?.[1] : undefined;
	});
	const [dayMonth, year] = chosen;
	if (dayMonth && year) {
		const reach = widest(dayMonth, year);
		// "Show me" rings the select that reaches furthest: the line goes once both say "Only you".
		noteControl(selects[chosen.indexOf(reach)]!);
		return reach === 'only-me' ? known('not-set') : known('shown', reach);
	}

	const noSelects = !context.document.querySelector('[data-testid="ProfileBirthdate_Day_Month_Visibility"], [data-testid="ProfileBirthdate_Year_Visibility"]');
	return noSelects && context.document.querySelector('[data-testid="ProfileBirthdate_Missing_Birthdate"]') ? known('not-set') : unknown(noSelects ? 'element-missing' : 'unrecognized-value');
};
