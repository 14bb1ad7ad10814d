import {JSDOM} from 'jsdom';
import {describe, expect, test} from 'vitest';
import {detectReadablePage} from '../content-scripts/detect-readable-page.js';
import {createPageContext, extractPage} from '../content-scripts/extract-page.js';
import {siteReaders} from '../content-scripts/sites/index.js';
import {identifyInstagram} from '../content-scripts/sites/instagram/identify.js';
import {labelsEn} from '../src/core/labels/instagram/en.js';
import {birthdayOnAccount, contactOnAccount} from '../content-scripts/sites/instagram/read-accounts-center.js';
import {radioChoice} from '../content-scripts/sites/instagram/read-choice.js';
import {locateControl} from '../content-scripts/show-me/locate-control.js';
import {auditSite} from '../src/core/audit/build-audit.js';
import {known, unknown} from '../src/core/model/observed.js';
import {rules} from '../src/core/rules/index.js';
import {sites} from '../src/core/sites/index.js';
import {listFixtures, loadDocument} from './fixtures.js';

// Tiny pages in the shapes the Instagram samples assume for the pages whose markup the reference
// does not give (platform-pages-2.md §2.4 tags and mentions; Accounts Center by analogy, L).

function load(main: string, url = 'https://www.instagram.com/accounts/tags_and_mentions/') {
	const {document} = new JSDOM(`<!DOCTYPE html><html lang="en"><body><main role="main">${main}</main></body></html>`, {url}).window;
	return {document, context: createPageContext(document, labelsEn, document.querySelector('[role="main"]')!)};
}

const option = (text: string, checked: boolean) => `<label><span>${text}</span><input type="radio" name="g"${checked ? ' checked' : ''}></label>`;
const group = (question: string, options: string) => `<div><h3><span>${question}</span></h3><div role="radiogroup">${options}</div></div>`;
const readTags = radioChoice('tagsFrom', [['fromEveryone', 'anyone'], ['fromFollowing', 'following'], ['tagsOff', 'off']], ['mentionsFrom']);

describe('radioChoice (Allow tags from …)', () => {
	test('the selected native radio is read from its live .checked, not the checked attribute', () => {
		const {document, context} = load(group('Allow tags from', option('Everyone', true) + option('People you follow', false)));
		expect(readTags(context)).toEqual(known('anyone'));
		// The first radio keeps its checked attribute; the live state moves to the second.
		document.querySelectorAll('input')[1]!.checked = true;
		expect(readTags(createPageContext(document, labelsEn, document.querySelector('[role="main"]')!))).toEqual(known('following'));
	});

	test('role="radio" rows are read by aria-checked, and a row around a native radio counts once', () => {
		const rows = '<div role="radio" aria-checked="false"><span>Everyone</span></div><div role="radio" aria-checked="true"><span>Don\'t allow tags</span><input type="radio" checked></div>';
		expect(readTags(load(group('Allow tags from', rows)).context)).toEqual(known('off'));
	});

	test.each([
		['no option selected', option('Everyone', false) + option('People you follow', false), unknown('unrecognized-value')],
		['an option wording we do not know', option('Anyone', true), unknown('unrecognized-value')],
		['no radios under the question', '<span>Everyone</span>', unknown('element-missing')],
	])('%s', (_, options, expected) => {
		expect(readTags(load(group('Allow tags from', options)).context)).toEqual(expected);
	});

	test('a question without its own radios never borrows the next question\'s', () => {
		const page = `<section><a href="/accounts/tags_and_mentions/tags/"><span>Allow tags from</span><span>Everyone</span></a>${group('Allow mentions from', option('Everyone', true))}</section>`;
		expect(readTags(load(page).context)).toEqual(unknown('element-missing'));
	});

	test('a question shown twice is not one answer', () => {
		const twice = group('Allow tags from', option('Everyone', true)).repeat(2);
		expect(readTags(load(twice).context)).toEqual(unknown('element-missing'));
	});
});

describe('Accounts Center › Personal details', () => {
	const url = 'https://accountscenter.instagram.com/personal_info/';
	const row = (title: string, value: string) => `<a href="/personal_info/x/" role="link"><div><span>${title}</span></div>${value ? `<div><span>${value}</span></div>` : ''}</a>`;
	const read = (rows: string) => {
		const {context} = load(rows, url);
		return {birthday: birthdayOnAccount(context), phone: contactOnAccount('phone')(context), email: contactOnAccount('email')(context)};
	};

	test.each([
		['an email and a phone', 'sam@example.com, +1 555-010-0142', known(true), known(true)],
		['a masked email only', 's***@example.com', known(false), known(true)],
		['a masked phone only', '+1 ***-***-**42', known(true), known(false)],
		['a value of neither shape', 'sam@example.com, Add mobile number', unknown('unrecognized-value'), known(true)],
		['no value', '', unknown('unrecognized-value'), unknown('unrecognized-value')],
	])('contact info with %s', (_, value, phone, email) => {
		const result = read(row('Contact info', value) + row('Birthday', 'March 14, 2009'));
		expect([result.phone, result.email]).toEqual([phone, email]);
	});

	test('a birthday is "on the account" when its row shows a value; an empty row or no row is unknown', () => {
		expect(read(row('Birthday', 'March 14, 2009')).birthday).toEqual(known(true));
		expect(read(row('Birthday', '')).birthday).toEqual(unknown('unrecognized-value'));
		expect(read('<div><span>Birthday</span><span>March 14, 2009</span></div>').birthday).toEqual(unknown('element-missing'));
	});

	test('the stored reading holds kinds only: no address, number or date from the page', () => {
		const fixture = listFixtures().find(entry => entry.site === 'instagram' && entry.pageKind === 'accounts-center-personal-details' && entry.name === 'risky')!;
		const reading = extractPage(detectReadablePage(siteReaders, fixture.url)!, loadDocument(fixture));
		expect(reading.status).toBe('read');
		expect(JSON.stringify(reading)).not.toMatch(/example\.com|555|2009|march/i);
	});

	const viewer = (id: string) => `<script type="application/json">{"define":[["CurrentUserInitialData",[],{"ACCOUNT_ID":"1","USER_ID":"${id}","NAME":"S"},270]]}</script>`;
	test.each([
		['viewer data', viewer('5551234567'), 'own'],
		['viewer id "0"', viewer('0'), 'logged-out'],
		['a log-in form only', '<form><input name="password" type="password"></form>', 'logged-out'],
		['neither sign', '', 'unsure'],
		['viewer data and a log-in form', `${viewer('5551234567')}<input name="password" type="password">`, 'unsure'],
		// Instagram's own viewer define is not Accounts Center's sign: alone it proves nothing there.
		['only a PolarisViewer define', '<script type="application/json">{"define":[["PolarisViewer",[],{"data":{"id":"1"}},1508]]}</script>', 'unsure'],
	])('identify on accountscenter.instagram.com: %s', (_, body, identity) => {
		expect(identifyInstagram(load(body, url).document, 'account')).toBe(identity);
	});
});

describe('the new pages feed the rules', () => {
	const instagram = sites.find(site => site.id === 'instagram')!;
	const audit = (pageKind: string, observations: Record<string, unknown>) =>
		auditSite(instagram, [{pageKind, readAt: 1, observations}], rules, 'adult').findings;
	const finding = (findings: ReturnType<typeof audit>, id: string) => findings.find(entry => entry.ruleId === id);

	test('tags from anyone is a risk, smaller when tags wait for approval; tags from people you follow is ok', () => {
		const open = finding(audit('tags-and-mentions', {photoTagging: known('anyone'), reviewTaggedPosts: known(false), mentionsFrom: known('anyone')}), 'photo-tagging-anyone');
		const reviewed = finding(audit('tags-and-mentions', {photoTagging: known('anyone'), reviewTaggedPosts: known(true), mentionsFrom: known('off')}), 'photo-tagging-anyone');
		expect([open?.status, open?.severity, reviewed?.status, reviewed?.severity]).toEqual(['risk', 'medium', 'risk', 'low']);
		expect(finding(audit('tags-and-mentions', {photoTagging: known('following'), reviewTaggedPosts: known(false), mentionsFrom: known('off')}), 'photo-tagging-anyone')?.status).toBe('ok');
	});

	test('the Messages page answers the message-requests rule without the guided question, and links to itself', () => {
		const found = finding(audit('messages-and-story-replies', {'instagramApp.messageRequests': known('requests')}), 'instagram-message-requests');
		expect([found?.status, found?.fix.url]).toEqual(['risk', 'https://www.instagram.com/accounts/messages_and_story_replies/']);
	});

	test('active apps on Instagram are a connected-apps risk with an Instagram fix', () => {
		const found = finding(audit('apps-and-websites', {activeAppCount: known(3)}), 'connected-apps');
		expect([found?.status, found?.fix.url]).toEqual(['risk', 'https://www.instagram.com/accounts/manage_access/']);
	});
});

test('"Show me" can point at a tags choice: the group of its options', () => {
	const fixture = listFixtures().find(entry => entry.site === 'instagram' && entry.pageKind === 'tags-and-mentions' && entry.name === 'risky')!;
	const document = loadDocument(fixture);
	const detected = detectReadablePage(siteReaders, fixture.url)!;
	const control = locateControl(detected, document, ['mentionsFrom']);
	expect(control?.querySelectorAll('input[type="radio"]').length).toBe(3);
	expect(control?.textContent).toContain('Allow mentions from');
});
