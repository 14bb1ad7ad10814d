import {describe, expect, test} from 'vitest';
import {detectReadablePage} from '../content-scripts/detect-readable-page.js';
import {extractPage} from '../content-scripts/extract-page.js';
import {siteReaders} from '../content-scripts/sites/index.js';
import {parsePage} from '../src/cli/parse-page.js';
import {known, unknown} from '../src/core/model/observed.js';

// Tiny Reddit settings pages in the shape of platform-pages-3.md §4.2–4.3: rows of a label and a
// faceplate-switch-input (state on the host) inside an open shadow root; everything else left out.

const privacyUrl = 'https://www.reddit.com/settings/privacy';
const profileUrl = 'https://www.reddit.com/settings/profile';
const switchRow = (label: string, attributes: string) =>
	`<div><div><span>${label}</span></div><faceplate-switch-input role="switch" ${attributes}></faceplate-switch-input></div>`;
const choices = (title: string, options: ReadonlyArray<readonly [string, boolean]>) =>
	`<fieldset><legend>${title}</legend><div role="radiogroup">${options.map(([option, on]) => `<div role="radio" aria-checked="${on}">${option}</div>`).join('')}</div></fieldset>`;
const read = (url: string, rows: string, header = '') => {
	const document = parsePage(`<!DOCTYPE html><html lang="en"><body>${header}<main><x-settings><template shadowrootmode="open">${rows}</template></x-settings></main></body></html>`, url);
	return extractPage(detectReadablePage(siteReaders, url)!, document);
};

describe('switches: the state on the host (§4.3)', () => {
	test.each([
		['aria-checked="true" checked', known(true)],
		['aria-checked="false"', known(false)],
		['checked', known(true)],
		// The two signals disagree, or there is none: not vouched for.
		['aria-checked="false" checked', unknown('unrecognized-value')],
		['', unknown('unrecognized-value')],
		['aria-checked="mixed"', unknown('unrecognized-value')],
	])('%s', (attributes, expected) => {
		expect(read(privacyUrl, switchRow('Show up in search results', attributes)).observations.searchEngineLinking).toEqual(expected);
	});

	test('the 2022–23 pair of partner ad rows: on when either is on, off when both are off', () => {
		const rows = (first: string, second: string) => switchRow('Personalize ads based on information from our partners', first)
			+ switchRow('Personalize ads based on your activity with our partners', second);
		expect(read(privacyUrl, rows('aria-checked="false"', 'aria-checked="true"')).observations.personalizedAds).toEqual(known(true));
		expect(read(privacyUrl, rows('aria-checked="false"', 'aria-checked="false"')).observations.personalizedAds).toEqual(known(false));
	});

	test('a label whose switch is missing does not take a neighbour\'s', () => {
		const rows = '<div><span>Show up in search results</span><a href="/settings/x">Manage</a></div>' + switchRow('Allow people to follow you', 'aria-checked="true"');
		expect(read(privacyUrl, rows).observations.searchEngineLinking).toEqual(unknown('element-missing'));
	});
});

describe('who can send you chat requests and private messages (§4.2)', () => {
	test.each([
		['Everyone', known('everyone')],
		['Nobody', known('no-one')],
		// Not a choice the model has: couldn't check, never ok.
		['Accounts older than 30 days', unknown('unrecognized-value')],
	])('%s', (chosen, expected) => {
		const options = ['Everyone', 'Accounts older than 30 days', 'Nobody'].map(option => [option, option === chosen] as const);
		expect(read(privacyUrl, choices('Who can send you chat requests', options)).observations.messageRequestsFrom).toEqual(expected);
	});

	test('no option chosen, or two, is not a choice', () => {
		expect(read(privacyUrl, choices('Who can send you private messages', [['Everyone', false], ['Nobody', false]])).observations.privateMessagesFrom).toEqual(unknown('unrecognized-value'));
		expect(read(privacyUrl, choices('Who can send you private messages', [['Everyone', true], ['Nobody', true]])).observations.privateMessagesFrom).toEqual(unknown('unrecognized-value'));
	});

	test('a select works too (radio or select is unknown, §4.6)', () => {
		const rows = '<label><span>Who can send you private messages</span><select><option>Everyone</option><option selected>Nobody</option></select></label>';
		expect(read(privacyUrl, rows).observations.privateMessagesFrom).toEqual(known('no-one'));
	});

	test('the options of the next row are not this row\'s', () => {
		const rows = '<div><span>Who can send you chat requests</span></div>' + choices('Who can send you private messages', [['Everyone', true], ['Nobody', false]]);
		expect(read(privacyUrl, `<section>${rows}</section>`).observations.messageRequestsFrom).toEqual(unknown('element-missing'));
	});
});

describe('"Content and activity" (§4.2, June 2025)', () => {
	const group = (chosen: string | undefined) => choices('Content and activity', ['Keep all posts and comments public', 'Curate selectively', 'Hide all'].map(option => [option, option === chosen] as const));
	test.each([
		['Keep all posts and comments public', known(true)],
		['Curate selectively', known(false)],
		[undefined, unknown('unrecognized-value')],
	])('%s', (chosen, expected) => {
		expect(read(profileUrl, group(chosen)).observations.profileContentPublic).toEqual(expected);
	});
});

describe('whose page (identify.ts)', () => {
	const rows = switchRow('Show up in search results', 'aria-checked="true"');
	test('a log-in link and no settings: signed out; beside settings: the account is not confirmed', () => {
		expect(read(privacyUrl, '<p>Log in to continue</p>', '<a href="https://www.reddit.com/login/">Log In</a>').status).toBe('logged-out');
		expect(read(privacyUrl, rows, '<a href="/login/?dest=x">Log In</a>').status).toBe('account-unconfirmed');
		expect(read(privacyUrl, rows).status).toBe('read');
	});

	test('any other Reddit page is not a page Overshare reads', () => {
		for (const url of ['https://www.reddit.com/', 'https://www.reddit.com/r/example/comments/abc/x/', 'https://www.reddit.com/user/someone/', 'https://www.reddit.com/settings/account', 'https://old.reddit.com/settings/privacy']) {
			expect(detectReadablePage(siteReaders, url), url).toBeUndefined();
		}
	});
});
