import {readFileSync} from 'node:fs';
import {JSDOM} from 'jsdom';
import {describe, expect, test} from 'vitest';
import {detectReadablePage} from '../content-scripts/detect-readable-page.js';
import {createPageContext, extractPage} from '../content-scripts/extract-page.js';
import {identifyGoogle} from '../content-scripts/sites/google/identify.js';
import {aboutMeRows, placesLived, rowAudience} from '../content-scripts/sites/google/read-about-me.js';
import {activitySwitch, countByControl, labelledToggle, sharingCheckbox} from '../content-scripts/sites/google/read-controls.js';
import {siteReaders} from '../content-scripts/sites/index.js';
import {labelsEn} from '../src/core/labels/google/en.js';
import {known, unknown} from '../src/core/model/observed.js';
import {expectedFile, listFixtures, loadDocument} from './fixtures.js';

// Tiny pages in the shapes of platform-pages-3.md §2.3: the WIZ_global_data script, About me rows
// (`data-rid` links), activity switches, People & sharing checkboxes; everything else is left out.

const viewer = (email: string) => `<script>window.WIZ_global_data = {"S06Grb":"1","oPEP7c":"${email}","qDCSke":"1"};</script>`;
const signIn = '<a href="https://accounts.google.com/ServiceLogin?service=accountsettings">Sign in</a>';

function load(body: string, head = viewer('robin.example@example.com'), url = 'https://myaccount.google.com/profile') {
	const {document} = new JSDOM(`<!DOCTYPE html><html lang="en"><head>${head}</head><body>${body}</body></html>`, {url}).window;
	return {document, context: createPageContext(document, labelsEn, document.body)};
}

const row = (rid: string, href: string, audience: string) => `<a href="${href}" data-rid="${rid}"><div>Label</div><div>value</div><span>${audience}</span></a>`;

describe('who is signed in (WIZ_global_data, never page globals)', () => {
	test('a named account and no sign-in link is the own account; the script is read as text only', () => {
		expect(identifyGoogle(load('').document)).toBe('own');
	});

	test('an empty or missing oPEP7c with a sign-in link is signed out', () => {
		expect(identifyGoogle(load(signIn, viewer('')).document)).toBe('logged-out');
		expect(identifyGoogle(load(signIn, '<script>window.WIZ_global_data = {"qDCSke":"1"};</script>').document)).toBe('logged-out');
		expect(identifyGoogle(load(signIn, '').document)).toBe('logged-out');
	});

	test('both signs, or neither, is unsure: nothing is read', () => {
		expect(identifyGoogle(load(signIn).document)).toBe('unsure');
		expect(identifyGoogle(load('', '').document)).toBe('unsure');
		expect(identifyGoogle(load('', '<script>window.WIZ_global_data = {"qDCSke":"1"};</script>').document)).toBe('unsure');
	});

	test('an external script, or the key in the body text, does not sign anyone in', () => {
		expect(identifyGoogle(load('<p>"oPEP7c":"a@b.c" WIZ_global_data</p>', '<script src="https://example.com/WIZ_global_data.js"></script>').document)).toBe('unsure');
	});
});

describe('About me rows', () => {
	test('each detail is read from its own row: "Anyone" is public, "Only you" only me', () => {
		const {context} = load(row('205', 'birthday', 'Anyone') + row('206', 'gender', 'Only you') + row('10760', 'address/work', 'Anyone'));
		expect(rowAudience(aboutMeRows.birthday)(context)).toEqual(known('shown', 'public'));
		expect(rowAudience(aboutMeRows.gender)(context)).toEqual(known('shown', 'only-me'));
		expect(rowAudience(aboutMeRows.workAddress)(context)).toEqual(known('shown', 'public'));
		expect(rowAudience(aboutMeRows.homeAddress)(context)).toEqual(unknown('element-missing'));
	});

	test('a row found by either signal alone is read; absolute and /u/1/ links are the same page', () => {
		const {context} = load('<div data-rid="204"><span>Anyone</span></div><a href="https://myaccount.google.com/u/1/email"><span>Only you</span></a>');
		expect(rowAudience(aboutMeRows.phone)(context)).toEqual(known('shown', 'public'));
		expect(rowAudience(aboutMeRows.email)(context)).toEqual(known('shown', 'only-me'));
	});

	test('when the screen id and the link point at different rows, the detail is not read', () => {
		const {context} = load('<div data-rid="205"><span>Only you</span></div><a href="birthday"><span>Anyone</span></a>');
		expect(rowAudience(aboutMeRows.birthday)(context)).toEqual(unknown('unrecognized-value'));
	});

	test('a row with both audience words, or none, is not read (never ok)', () => {
		expect(rowAudience(aboutMeRows.birthday)(load(row('205', 'birthday', 'Only you</span><span>Anyone')).context)).toEqual(unknown('unrecognized-value'));
		expect(rowAudience(aboutMeRows.birthday)(load(row('205', 'birthday', 'Add birthday')).context)).toEqual(unknown('unrecognized-value'));
	});

	test('only links that can name a row are parsed, and the pre-check misses none: tabs and newlines in an href count, escapes do not', () => {
		const {context} = load('<a href="birth&#9;day"><span>Anyone</span></a><a href="ph&#10;one"><span>Only you</span></a>'
			+ '<a href="%62irthday"><span>Only you</span></a>' + '<a href="/groups/1/">Group</a>'.repeat(50));
		expect(rowAudience(aboutMeRows.birthday)(context)).toEqual(known('shown', 'public'));
		expect(rowAudience(aboutMeRows.phone)(context)).toEqual(known('shown', 'only-me'));
	});

	test('the content root is the live page, the last body > c-wiz: an earlier page the app keeps is not read', () => {
		const url = 'https://myaccount.google.com/profile';
		const {document} = new JSDOM(`<!DOCTYPE html><html lang="en"><head>${viewer('robin.example@example.com')}</head><body><header></header>`
			+ `<c-wiz>${row('205', 'birthday', 'Anyone')}</c-wiz><c-wiz>${row('205', 'birthday', 'Only you')}</c-wiz></body></html>`, {url}).window;
		const reading = extractPage(detectReadablePage(siteReaders, url)!, document);
		expect(reading.observations.birthdayDayMonth).toEqual(known('shown', 'only-me'));
	});

	test('a link to another host with the same path is not a row', () => {
		const {context} = load('<a href="https://www.google.com/birthday"><span>Anyone</span></a>');
		expect(rowAudience(aboutMeRows.birthday)(context)).toEqual(unknown('element-missing'));
	});

	test('Places lived takes the audience of its own row, never a neighbouring detail\'s', () => {
		expect(placesLived(load('<div><div>Places lived</div><div>Springfield</div><span>Anyone</span></div>').context)).toEqual(known('shown', 'public'));
		const alone = load(`<section>${row('205', 'birthday', 'Anyone')}<div><div>Places lived</div></div></section>`);
		expect(placesLived(alone.context)).toEqual(unknown('element-missing'));
	});
});

describe('switches and checkboxes', () => {
	const timeline = (control: string) => `<h1>Timeline</h1><div><div><span>Timeline</span><span>On</span></div>${control}</div>`;

	test('the live .checked property is read, not the attribute', () => {
		const {document, context} = load(timeline('<input type="checkbox" role="switch" checked>'), undefined, 'https://myactivity.google.com/activitycontrols?settings=location');
		expect(labelledToggle('timeline', activitySwitch)(context)).toEqual(known(true));
		(document.querySelector('input') as HTMLInputElement).checked = false;
		const again = createPageContext(document, labelsEn, document.body);
		expect(labelledToggle('timeline', activitySwitch)(again)).toEqual(known(false));
	});

	test('aria-checked and .checked that disagree are not read', () => {
		const {context} = load(timeline('<input type="checkbox" role="switch" aria-checked="false" checked>'));
		expect(labelledToggle('timeline', activitySwitch)(context)).toEqual(unknown('unrecognized-value'));
	});

	test('two switches in the row, or a switch without a label, are not read', () => {
		expect(labelledToggle('timeline', activitySwitch)(load(timeline('<button role="switch" aria-checked="true"></button><button role="switch" aria-checked="false"></button>')).context))
			.toEqual(unknown('element-missing'));
		expect(labelledToggle('webAppActivity', activitySwitch)(load('<input type="checkbox" role="switch" checked>').context)).toEqual(unknown('element-missing'));
	});

	test('the shared endorsements checkbox is read by its sentence and aria-checked', () => {
		const sentence = labelsEn.sharedEndorsements;
		expect(labelledToggle('sharedEndorsements', sharingCheckbox)(load(`<div><div role="checkbox" aria-checked="true"></div><div>${sentence}</div></div>`).context)).toEqual(known(true));
		expect(labelledToggle('sharedEndorsements', sharingCheckbox)(load(`<div><div role="checkbox" aria-checked="mixed"></div><div>${sentence}</div></div>`).context)).toEqual(unknown('unrecognized-value'));
	});
});

describe('counted lists (names never read)', () => {
	test('one per control, a button inside a counted link once, and 0 only on the empty-list sentence', () => {
		const shares = '<li>A<button aria-label="Stop sharing with A"></button></li><li>B<button aria-label="Stop sharing with B"></button></li>';
		expect(countByControl('stopSharing', 'notSharing')(load(shares).context)).toEqual(known(2));
		const nested = '<a href="connections/link?x=1" aria-label="See details"><span role="button">See details</span></a>';
		expect(countByControl('seeDetails', 'noConnections')(load(nested).context)).toEqual(known(1));
		expect(countByControl('stopSharing', 'notSharing')(load('<p>You aren\'t sharing your location with anyone</p>').context)).toEqual(known(0));
		expect(countByControl('stopSharing', 'notSharing')(load('<ul></ul>').context)).toEqual(unknown('element-missing'));
	});
});

test('no sample\'s reading keeps the signed-in address, a name or a place', () => {
	for (const fixture of listFixtures().filter(candidate => candidate.site === 'google')) {
		const reading = JSON.stringify(extractPage(detectReadablePage(siteReaders, fixture.url)!, loadDocument(fixture)));
		expect(reading, fixture.file).not.toMatch(/example\.com|Robin|Springfield|Alex|Jamie|Recipes/);
		expect(readFileSync(expectedFile(fixture), 'utf8'), fixture.file).not.toMatch(/@|Springfield/);
	}
});
