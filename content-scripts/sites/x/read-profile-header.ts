import type {ProfileDetail} from '../../../src/core/model/fields.js';
import {known, unknown, type Observed} from '../../../src/core/model/observed.js';
import type {PageContext} from '../../define-site-readers.js';
import {hasText} from '../../dom/element-text.js';
import {matchesInside} from '../../dom/inside.js';
import {normalizeText} from '../../dom/normalize-text.js';

type Reader<T> = (context: PageContext) => Observed<T>;

/**
 * The profile header's items (platform-pages.md §1.3, H, 2025-07 bundle, matching the 2026-10 note):
 * `UserProfileHeader_Items` holds UserLocation, UserUrl, UserBirthdate and UserJoinDate, by testid.
 * Every account has a join date, so a header without UserJoinDate is a layout we do not know. Only
 * whether an item is there is read, never its text.
 */
function headerItems(context: PageContext): Element | undefined {
	// Once per reading, from the page map: a query of the root would read every post of the timeline too.
	return context.memo('x:header-items', () => {
		const headers = matchesInside(context.root, '[data-testid="UserProfileHeader_Items"]', 2);
		const header = headers.length === 1 ? headers[0]! : undefined;
		return header?.querySelector('[data-testid="UserJoinDate"]') ? header : undefined;
	});
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
