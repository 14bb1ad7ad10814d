import {JSDOM} from 'jsdom';
import {describe, expect, test} from 'vitest';
import {createPageContext, extractPage} from '../content-scripts/extract-page.js';
import {readablePage} from '../content-scripts/detect-readable-page.js';
import x from '../content-scripts/sites/x/index.js';
import {labelsEn} from '../src/core/labels/x/en.js';
import {connectedAppCount} from '../content-scripts/sites/x/read-connected-apps.js';
import {editBirthLine, editLocation} from '../content-scripts/sites/x/read-edit-profile.js';
import {headerBirthLine, headerLocation} from '../content-scripts/sites/x/read-profile-header.js';
import {known, unknown} from '../src/core/model/observed.js';

// Tiny pages in the shape of platform-pages.md §1.3: the profile header's testids, Edit profile's
// inputs and selects, and (L) the connected apps' link rows; everything else a real page has is left out.

function load(main: string, {url = 'https://x.com/sam_placeholder', outside = ''} = {}) {
	const {document} = new JSDOM(`<!DOCTYPE html><html lang="en"><body>${outside}<main role="main">${main}</main></body></html>`, {url}).window;
	return {document, context: createPageContext(document, labelsEn, document.querySelector('[role="main"]')!)};
}

const header = (items: string) => `<div data-testid="UserProfileHeader_Items">${items}<a data-testid="UserJoinDate" href="/sam_placeholder/about">Joined June 2015</a></div>`;
const nav = (handle: string) => `<button data-testid="SideNav_AccountSwitcher_Button"></button><a data-testid="AppTabBar_Profile_Link" href="/${handle}"></a>`;

describe('profile header', () => {
	test('a location line is public; none under a recognised header is "not set"', () => {
		expect(headerLocation(load(header('<span data-testid="UserLocation">Exampleton</span>')).context)).toEqual(known('shown', 'public'));
		expect(headerLocation(load(header('')).context)).toEqual(known('not-set'));
	});

	test('a header without its join date is a layout we do not know: unknown, never "not set"', () => {
		expect(headerLocation(load('<div data-testid="UserProfileHeader_Items"></div>').context)).toEqual(unknown('element-missing'));
	});

	test('a missing "Born" line proves nothing (X hides it when both parts are Only you): unknown', () => {
		expect(headerBirthLine(load(header('<span data-testid="UserBirthdate">Born March 3</span>')).context)).toEqual(known('shown'));
		expect(headerBirthLine(load(header('')).context)).toEqual(unknown('element-missing'));
	});

	test('someone else\'s profile is never read, even with the viewer signed in', () => {
		const page = readablePage(x, 'profile')!;
		const main = `<a data-testid="editProfileButton" href="/settings/profile"></a>${header('<span data-testid="UserLocation">Exampleton</span>')}`;
		const other = load(main, {url: 'https://x.com/someone_else_00', outside: nav('sam_placeholder')});
		expect(extractPage(page, other.document).status).toBe('not-own-profile');
		// Same handle, but no owner-only "Edit profile": not read either.
		const noButton = load(header('<span data-testid="UserLocation">Exampleton</span>'), {outside: nav('Sam_Placeholder')});
		expect(extractPage(page, noButton.document).status).toBe('not-own-profile');
		const own = load(main, {outside: nav('Sam_Placeholder')});
		expect(extractPage(page, own.document).observations.currentCity).toEqual(known('shown', 'public'));
	});
});

describe('Edit profile', () => {
	const select = (testid: string, chosen: string) =>
		`<select data-testid="${testid}">${['Public', 'You follow each other', 'Only you'].map(option => `<option${option === chosen ? ' selected' : ''}>${option}</option>`).join('')}</select>`;

	test('the location is read from the live value, and only whether it is empty', () => {
		const {document, context} = load('', {outside: '<input name="location" value="Exampleton">'});
		expect(editLocation(context)).toEqual(known('shown', 'public'));
		document.querySelector('input')!.value = '  ';
		expect(editLocation(context)).toEqual(known('not-set'));
	});

	test('inside the Edit profile dialog (its Save button\'s), an input of the same name on the page behind it is not the editor\'s', () => {
		const dialog = (location: string) => `<div role="dialog" aria-modal="true"><button data-testid="Profile_Save_Button">Save</button><input name="location" value="${location}"></div>`;
		const behind = '<form role="search"><input name="location" value="Somewhere else"></form>';
		expect(editLocation(load(behind, {outside: dialog('')}).context)).toEqual(known('not-set'));
		expect(editLocation(load(behind, {outside: dialog('Exampleton')}).context)).toEqual(known('shown', 'public'));
		// No dialog: the whole page, where two inputs of one name are not one we can tell apart.
		expect(editLocation(load(behind, {outside: '<input name="location" value="">'}).context)).toEqual(unknown('element-missing'));
	});

	test('the "Born" line follows the wider of the two audiences; both Only you means no line', () => {
		const both = (dayMonth: string, year: string) => load('', {outside: select('ProfileBirthdate_Day_Month_Visibility', dayMonth) + select('ProfileBirthdate_Year_Visibility', year)}).context;
		expect(editBirthLine(both('You follow each other', 'Only you'))).toEqual(known('shown', 'friends'));
		expect(editBirthLine(both('Only you', 'Public'))).toEqual(known('shown', 'public'));
		expect(editBirthLine(both('Only you', 'Only you'))).toEqual(known('not-set'));
		expect(editBirthLine(load('', {outside: '<div data-testid="ProfileBirthdate_Missing_Birthdate"></div>'}).context)).toEqual(known('not-set'));
		expect(editBirthLine(load('', {outside: select('ProfileBirthdate_Year_Visibility', 'Only you')}).context)).toEqual(unknown('unrecognized-value'));
	});
});

describe('connected apps (L)', () => {
	const app = (id: string) => `<a href="/settings/connected_apps/${id}"><span>App</span></a>`;

	test('counts each app once, by its link', () => {
		expect(connectedAppCount(load(app('1') + app('2') + app('2')).context)).toEqual(known(2));
	});

	test('no rows is 0 only with the empty-list sentence', () => {
		expect(connectedAppCount(load('<p>You haven’t connected any apps yet.</p>').context)).toEqual(known(0));
		expect(connectedAppCount(load('<h2>Connected apps</h2>').context)).toEqual(unknown('element-missing'));
	});
});
