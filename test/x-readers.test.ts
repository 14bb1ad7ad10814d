import {JSDOM} from 'jsdom';
import {describe, expect, test} from 'vitest';
import {createPageContext} from '../content-scripts/extract-page.js';
import {labelsEn, type XLabel} from '../src/core/labels/x/en.js';
import {birthdateVisibility} from '../content-scripts/sites/x/read-edit-profile.js';
import {checkbox, linkRowValue, radioChoice} from '../content-scripts/sites/x/read-settings.js';
import type {MessageRequestChoice, TaggingChoice} from '../src/core/model/fields.js';
import {known, unknown} from '../src/core/model/observed.js';

// Tiny pages in the shape of platform-pages.md §1.3: a <label> with the label text and an unnamed
// checkbox, help text by id; everything else a real page has is left out.

function load(main: string, layers = '') {
	const {document} = new JSDOM(`<!DOCTYPE html><html lang="en"><body><main role="main">${main}</main>${layers}</body></html>`, {url: 'https://x.com/settings/contacts'}).window;
	return {document, context: createPageContext(document, labelsEn, document.querySelector('[role="main"]')!)};
}

const row = (label: string, attributes = ''): string =>
	`<div><label><div><span>${label}</span></div><div><div></div><input aria-describedby="CHECKBOX_1_LABEL" type="checkbox"${attributes}></div></label><div id="CHECKBOX_1_LABEL">Help.</div></div>`;
const email = 'Let people who have your email address find you on X';
const phone = 'Let people who have your phone number find you on X';
const tagging: Array<[XLabel, TaggingChoice]> = [['taggingAnyone', 'anyone'], ['taggingFollowing', 'following'], ['taggingOff', 'off']];
const requests: Array<[XLabel, MessageRequestChoice]> = [['requestsNoOne', 'no-one'], ['requestsVerified', 'verified'], ['requestsEveryone', 'everyone']];

describe('checkbox', () => {
	test('reads the live .checked property, not a stale checked attribute (platform-pages.md §0.1)', () => {
		const {document, context} = load(row(email, ' checked') + row(phone));
		document.querySelectorAll('input')[0]!.checked = false;
		document.querySelectorAll('input')[1]!.checked = true;
		expect(checkbox('findByEmail')(context)).toEqual(known(false));
		expect(checkbox('findByPhone')(context)).toEqual(known(true));
	});

	test('a label without its own checkbox never borrows a neighbour\'s', () => {
		const {context} = load(`<div><div><span>${email}</span></div>${row('Something else', ' checked')}</div>`);
		expect(checkbox('findByEmail')(context)).toEqual(unknown('element-missing'));
	});
});

describe('linkRowValue', () => {
	test('two values in one row are not a value', () => {
		const {context} = load('<a href="/settings/tagging"><span>Photo tagging</span><span>Anyone can tag you</span><span>Off</span></a>');
		expect(linkRowValue('photoTagging', tagging)(context)).toEqual(unknown('unrecognized-value'));
	});
});

describe('radioChoice', () => {
	test('reads role="radio" with aria-checked as well as native radios', () => {
		const {context} = load('<div><div><span>Allow message requests from:</span></div><div>'
			+ '<div role="radio" aria-checked="false" aria-label="No one"></div><div role="radio" aria-checked="true" aria-label="Verified users"></div></div></div>');
		expect(radioChoice('messageRequests', requests)(context)).toEqual(known('verified'));
	});

	test('no radio checked is not a value', () => {
		const {context} = load('<div><div><span>Allow message requests from:</span></div><label><span>Everyone</span><input type="radio"></label></div>');
		expect(radioChoice('messageRequests', requests)(context)).toEqual(unknown('unrecognized-value'));
	});
});

describe('birthdateVisibility', () => {
	const select = (testid: string, chosen: string) =>
		`<select data-testid="${testid}">${['Public', 'Your followers', 'Only you'].map(option => `<option${option === chosen ? ' selected' : ''}>${option}</option>`).join('')}</select>`;

	test('reads the live selected option of the dialog outside main', () => {
		const {document, context} = load('', `<div id="layers">${select('ProfileBirthdate_Year_Visibility', 'Public')}</div>`);
		document.querySelector('select')!.value = 'Only you';
		expect(birthdateVisibility('ProfileBirthdate_Year_Visibility')(context)).toEqual(known('shown', 'only-me'));
	});

	test('no birth date on the account is "not set"; a closed editor is unknown', () => {
		expect(birthdateVisibility('ProfileBirthdate_Year_Visibility')(load('', '<div data-testid="ProfileBirthdate_Missing_Birthdate"></div>').context)).toEqual(known('not-set'));
		expect(birthdateVisibility('ProfileBirthdate_Year_Visibility')(load('', '<div data-testid="ProfileBirthdate"></div>').context)).toEqual(unknown('element-missing'));
	});

	// Found by the layout-drift fuzz: the year's select moved into the day's made the day read the year's audience.
	test('a select holding another select is not read', () => {
		const {document, context} = load('', `<div id="layers">${select('ProfileBirthdate_Day_Month_Visibility', 'Your followers')}${select('ProfileBirthdate_Year_Visibility', 'Only you')}</div>`);
		const [day, year] = document.querySelectorAll('select');
		day!.querySelector('option')!.append(year!);
		expect(birthdateVisibility('ProfileBirthdate_Day_Month_Visibility')(context)).toEqual(unknown('unrecognized-value'));
	});
});
