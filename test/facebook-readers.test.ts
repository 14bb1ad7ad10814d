import {JSDOM} from 'jsdom';
import {describe, expect, test} from 'vitest';
import type {PageContext} from '../content-scripts/define-site-readers.js';
import {detectReadablePage} from '../content-scripts/detect-readable-page.js';
import {createPageContext, extractPage} from '../content-scripts/extract-page.js';
import {labelsEn} from '../src/core/labels/facebook/en.js';
import {readActiveAppCount} from '../content-scripts/sites/facebook/read-active-apps.js';
import {settingAudience, settingSwitch} from '../content-scripts/sites/facebook/read-settings.js';
import {siteReaders} from '../content-scripts/sites/index.js';
import {known, unknown} from '../src/core/model/observed.js';

// Tiny pages in the shape of platform-pages-2.md §1.2 / §5: question and help text as
// span[dir="auto"], the control beside them. Everything else a real page has is left out.

const viewerScript = '<script type="application/json" data-sjs>{"define":[["CurrentUserInitialData",[],{"ACCOUNT_ID":"100000000000042","USER_ID":"100000000000042","NAME":"Test Person","SHORT_NAME":"Test"},270]]}</script>';

function load(main: string, {url = 'https://www.facebook.com/settings/?tab=profile_and_tagging', head = viewerScript} = {}) {
	const {document} = new JSDOM(`<!DOCTYPE html><html lang="en"><head>${head}</head><body><div role="main">${main}</div></body></html>`, {url}).window;
	const context: PageContext = createPageContext(document, labelsEn, document.querySelector('[role="main"]')!);
	return {document, context};
}

const row = (question: string, control: string): string =>
	`<div class="x1n2onr6 x78zum5"><div class="x1iyjqo2"><span dir="auto">${question}</span><span dir="auto">Some help text.</span></div><div class="x6s0dn4">${control}</div></div>`;
const section = (...rows: string[]): string => `<div class="x1yztbdb"><h2><span dir="auto">Section</span></h2>${rows.join('')}</div>`;
const audienceButton = (value: string, label = `Edit privacy. Sharing with ${value}.`): string =>
	`<div role="button" aria-label="${label}" tabindex="0"><i data-visualcompletion="css-img"></i><span>${value}</span></div>`;
const switchInput = (attributes = ''): string => `<input type="checkbox" role="switch" class="x1i10hfl"${attributes}>`;

const futurePosts = 'Who can see your future posts?';
const friendsList = 'Who can see your friends list?';
const reviewTags = 'Review tags people add to your posts before the tags appear on Facebook?';
const reviewTaggedPosts = 'Review posts you\'re tagged in before the post appears on your profile?';

describe('settingSwitch', () => {
	test('reads the live .checked property, not a stale checked attribute', () => {
		const {document, context} = load(section(row(reviewTags, switchInput(' checked'))));
		const input = document.querySelector('input')!;
		input.checked = false;
		expect(input.hasAttribute('checked')).toBe(true);
		expect(settingSwitch('reviewTags')(context)).toEqual(known(false));
	});

	test('reads .checked true even when the checked attribute is absent', () => {
		const {document, context} = load(section(row(reviewTags, switchInput())));
		const input = document.querySelector('input')!;
		input.checked = true;
		expect(input.hasAttribute('checked')).toBe(false);
		expect(settingSwitch('reviewTags')(context)).toEqual(known(true));
	});

	test('reads aria-checked on a non-input switch; no state at all is unrecognized', () => {
		expect(settingSwitch('reviewTags')(load(row(reviewTags, '<div role="switch" aria-checked="true" tabindex="0"></div>')).context)).toEqual(known(true));
		expect(settingSwitch('reviewTags')(load(row(reviewTags, '<div role="switch" tabindex="0"></div>')).context)).toEqual(unknown('unrecognized-value'));
	});

	test('a row without a control is element-missing', () => {
		const {context} = load(section(row(reviewTags, '<a href="/settings/?tab=profile_and_tagging&amp;view=tag_review" role="link"><span>Off</span></a>')));
		expect(settingSwitch('reviewTags')(context)).toEqual(unknown('element-missing'));
	});

	test('a question with no control does not borrow the one switch of a neighbouring row', () => {
		const {context} = load(section(
			row(reviewTaggedPosts, '<a href="/settings/?tab=profile_and_tagging&amp;view=tag_review" role="link"><span>Off</span></a>'),
			row('Tag review', switchInput(' checked')),
		));
		expect(settingSwitch('reviewTaggedPosts')(context)).toEqual(unknown('element-missing'));
	});

	test('the question inside a <label> with its switch is read (platform-pages-2.md §5)', () => {
		const {context} = load(`<label><span dir="auto">Allow search engines outside of Facebook to link to your profile</span>${switchInput(' checked')}</label>`,
			{url: 'https://www.facebook.com/settings/?tab=how_people_find_and_contact_you'});
		expect(settingSwitch('searchEngines')(context)).toEqual(known(true));
	});
});

describe('settingAudience', () => {
	test('reads the audience from the "Edit privacy. Sharing with …" label', () => {
		const {context} = load(section(row(friendsList, audienceButton('Friends of friends'))));
		expect(settingAudience('friendsList')(context)).toEqual(known('friends-of-friends'));
	});

	test('reads the span when the label is only "Edit privacy"', () => {
		const {context} = load(section(row(friendsList, audienceButton('Only me', 'Edit privacy'))));
		expect(settingAudience('friendsList')(context)).toEqual(known('only-me'));
	});

	test('"Everyone" is public', () => {
		const {context} = load(section(row('Who can send you friend requests?', audienceButton('Everyone'))));
		expect(settingAudience('friendRequests')(context)).toEqual(known('public'));
	});

	test('a row with two audience buttons is ambiguous → unknown', () => {
		const {context} = load(section(row(friendsList, audienceButton('Only me') + audienceButton('Public'))));
		const observed = settingAudience('friendsList')(context);
		expect(observed.state).toBe('unknown');
	});

	test('a row without a control is element-missing', () => {
		const {context} = load(section(row(futurePosts, '')), {url: 'https://www.facebook.com/settings/?tab=posts'});
		expect(settingAudience('futurePosts')(context)).toEqual(unknown('element-missing'));
	});

	test('a question with no control does not borrow the audience button of a neighbouring row', () => {
		const {context} = load(section(
			row(futurePosts, '<a href="/settings/?tab=posts&amp;view=default_audience" role="link"><span>Open</span></a>'),
			row('Default audience for reels', audienceButton('Public')),
		), {url: 'https://www.facebook.com/settings/?tab=posts'});
		expect(settingAudience('futurePosts')(context)).toEqual(unknown('element-missing'));
	});

	// Found by the layout-drift fuzz: a question whose row moved away (to Accounts Center), its text
	// dropped into another row, borrowed that row's button; the other row's title beside them says it
	// is not its own (find-row.ts ownsControl, for every site).
	test('a question sitting in another row, beside that row\'s title, does not take its button', () => {
		const lookup = '<div><span>Who can look you up using the email address you provided?</span></div>';
		const withLookup = (title: string) => section(row(title, audienceButton('Friends')).replace(/<\/div>$/, `${lookup}</div>`));
		expect(settingAudience('lookupByEmail')(load(withLookup('Friends list (renamed)')).context)).toEqual(unknown('element-missing'));
		expect(settingAudience('lookupByEmail')(load(withLookup(friendsList)).context)).toEqual(unknown('element-missing'));
		// Alone in a row with its button, it is read.
		expect(settingAudience('lookupByEmail')(load(section(row('Who can look you up using the email address you provided?', audienceButton('Friends')))).context)).toEqual(known('friends'));
	});

	test('each row reads its own button when every row has one', () => {
		const {context} = load(section(
			row(friendsList, audienceButton('Only me')),
			row('Who can look you up using the email address you provided?', audienceButton('Friends', 'Edit privacy')),
		));
		expect(settingAudience('friendsList')(context)).toEqual(known('only-me'));
		expect(settingAudience('lookupByEmail')(context)).toEqual(known('friends'));
	});

	test('an unrecognized audience word is unrecognized-value, not a guess', () => {
		const {context} = load(section(row(friendsList, audienceButton('Acquaintances'))));
		expect(settingAudience('friendsList')(context)).toEqual(unknown('unrecognized-value'));
		const {context: bare} = load(section(row(friendsList, audienceButton('Close friends', 'Edit privacy'))));
		expect(settingAudience('friendsList')(bare)).toEqual(unknown('unrecognized-value'));
	});
});

describe('label matching ignores the apostrophe form (’ vs \')', () => {
	test.each([['curly', '’'], ['straight', '\'']])('%s apostrophes on the page', (_, apostrophe) => {
		const question = (text: string) => text.replaceAll('\'', apostrophe);
		const {context} = load(section(
			row(question('Who can see posts you\'re tagged in on your profile?'), audienceButton('Public')),
			row(question(reviewTaggedPosts), switchInput(' checked')),
		));
		expect(settingAudience('taggedPosts')(context)).toEqual(known('public'));
		expect(settingSwitch('reviewTaggedPosts')(context)).toEqual(known(true));
	});

	test('the apps empty state with a curly apostrophe is zero apps', () => {
		const {context} = load(appsPage('<span dir="auto">You don’t have any active apps or websites to review.</span>'), {url: appsUrl});
		expect(readActiveAppCount(context)).toEqual(known(0));
	});
});

const appsUrl = 'https://www.facebook.com/settings/?tab=applications';
const appItem = (name: string) => `<div role="listitem"><span dir="auto">${name}</span><div role="button" aria-label="Remove ${name}"><span>Remove</span></div></div>`;

function appsPage(activePanel: string, {selected = 'active', controls = 'panel_active', expired = appItem('Old App') + appItem('Older App')} = {}): string {
	const tab = (id: string, name: string) =>
		`<div role="tab" id="tab_${id}" aria-selected="${selected === id}" aria-controls="${id === 'active' ? controls : `panel_${id}`}"><span dir="auto">${name}</span></div>`;
	return `<div role="tablist">${tab('active', 'Active')}${tab('expired', 'Expired')}${tab('removed', 'Removed')}</div>`
		+ `<div role="tabpanel" id="panel_active">${activePanel}</div>`
		+ `<div role="tabpanel" id="panel_expired" hidden><div role="list">${expired}</div></div>`;
}

describe('readActiveAppCount', () => {
	test('counts the rows of the selected Active tab\'s panel only', () => {
		const {context} = load(appsPage(`<div role="list">${appItem('App One')}${appItem('App Two')}${appItem('App Three')}</div>`), {url: appsUrl});
		expect(readActiveAppCount(context)).toEqual(known(3));
	});

	test('a list item nested inside an app row is not another app', () => {
		const nested = '<div role="listitem"><span dir="auto">App One</span><div role="list"><div role="listitem">Email address</div><div role="listitem">Friends list</div></div></div>';
		const {context} = load(appsPage(`<div role="list">${nested}${appItem('App Two')}</div>`), {url: appsUrl});
		expect(readActiveAppCount(context)).toEqual(known(2));
	});

	test('no rows and no empty-state text is unknown, never zero', () => {
		const {context} = load(appsPage('<div role="progressbar" aria-label="Loading..."></div>'), {url: appsUrl});
		expect(readActiveAppCount(context)).toEqual(unknown('element-missing'));
	});

	test('the Active tab not selected is unknown', () => {
		const {context} = load(appsPage(`<div role="list">${appItem('App One')}</div>`, {selected: 'expired'}), {url: appsUrl});
		expect(readActiveAppCount(context)).toEqual(unknown('element-missing'));
	});

	test('a missing panel is unknown: another tab\'s panel is never counted instead', () => {
		const withoutActivePanel = appsPage('', {controls: 'panel_not_rendered'}).replace('<div role="tabpanel" id="panel_active"></div>', '');
		const {context} = load(withoutActivePanel, {url: appsUrl});
		expect(context.document.querySelectorAll('[role="tabpanel"]')).toHaveLength(1);
		expect(readActiveAppCount(context)).toEqual(unknown('element-missing'));
	});

	test('no "Active" tab at all is unknown', () => {
		const {context} = load(`<div role="list">${appItem('App One')}</div>`, {url: appsUrl});
		expect(readActiveAppCount(context)).toEqual(unknown('element-missing'));
	});
});

describe('through detectPage + extractPage', () => {
	const url = 'https://www.facebook.com/settings/?tab=how_people_find_and_contact_you';
	const main = section(
		row('Who can send you friend requests?', audienceButton('Everyone')),
		row(friendsList, audienceButton('Only me', 'Edit privacy')),
		row('Allow search engines outside of Facebook to link to your profile', switchInput()),
	);

	test('an own settings page is read; questions not on it stay unknown', () => {
		const {document} = load(main, {url});
		const reading = extractPage(detectReadablePage(siteReaders, url)!, document);
		expect(reading.status).toBe('read');
		expect(reading.observations).toEqual({
			friendRequestsAudience: known('public'),
			friendsListAudience: known('only-me'),
			lookupByEmailAudience: unknown('element-missing'),
			lookupByPhoneAudience: unknown('element-missing'),
			searchEngineLinking: known(false),
		});
	});

	test('without CurrentUserInitialData the viewer cannot be confirmed: nothing is read', () => {
		const {document} = load(main, {url, head: ''});
		const reading = extractPage(detectReadablePage(siteReaders, url)!, document);
		expect(reading.status).toBe('account-unconfirmed');
		expect(Object.values(reading.observations).every(observed => observed.state === 'unknown')).toBe(true);
	});
});
