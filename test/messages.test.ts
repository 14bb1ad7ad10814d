import {describe, expect, test} from 'vitest';
import {isAllowedSender} from '../src/core/protocol/is-allowed-sender.js';
import {parseMessage, type Parsers} from '../src/core/protocol/parse-message.js';
import type {Message} from '../src/core/protocol/protocol.js';

const pageUrl = 'https://www.facebook.com/settings/?tab=posts';
const report = (overrides: Record<string, unknown> = {}) => ({
	name: 'reportPage',
	payload: {site: 'facebook', pageKind: 'settings-posts', status: 'read', observations: {futurePostsAudience: {state: 'known', value: 'public'}}, ...overrides},
});

describe('parseMessage drops anything malformed', () => {
	test('a well-formed report passes', () => {
		expect(parseMessage(report(), pageUrl)).toEqual(report());
	});

	test.each([
		['not an object', 'reportPage'],
		['no payload', {name: 'reportPage'}],
		['unknown message', {name: 'deleteEverything', payload: {}}],
		['unknown site', report({site: 'myspace'})],
		['unknown page kind', report({pageKind: 'inbox'})],
		['unknown status', report({status: 'maybe'})],
		['a field the page kind does not show', report({observations: {phone: {state: 'known', value: 'shown', audience: 'public'}}})],
		['a field that does not exist', report({observations: {password: {state: 'known', value: 'hunter2'}}})],
		['a value of the wrong kind', report({observations: {futurePostsAudience: {state: 'known', value: '<img src=x onerror=alert(1)>'}}})],
		['raw page text smuggled in an extra key', report({observations: {futurePostsAudience: {state: 'known', value: 'public', html: '<div>'}}})],
		['an unknown reason we do not know', report({observations: {futurePostsAudience: {state: 'unknown', reason: 'because'}}})],
		['an audience we do not know', report({observations: {futurePostsAudience: {state: 'known', value: 'public', audience: 'aliens'}}})],
		['observations as an array', report({observations: []})],
		['getState with a bad tab id', {name: 'getState', payload: {tabId: 'one'}}],
		['forgetSite for an unknown site', {name: 'forgetSite', payload: {site: 'nope'}}],
	])('%s', (_, raw) => {
		expect(parseMessage(raw, pageUrl)).toBeUndefined();
	});

	test('a report must come from a page of the site it names', () => {
		expect(parseMessage(report(), 'https://evil.example/settings/?tab=posts')).toBeUndefined();
		expect(parseMessage(report(), undefined)).toBeUndefined();
		// In a single-page app the URL may have moved to another page of the same site.
		expect(parseMessage(report(), 'https://www.facebook.com/')).toEqual(report());
	});
});

describe('notePage: where a supported site\'s tab is, before or instead of a reading', () => {
	const note = (payload: Record<string, unknown>) => ({name: 'notePage', payload});
	test('"reading" names an audited page, "not-audited" none; both from the site\'s own URL', () => {
		const reading = note({site: 'facebook', pageKind: 'settings-posts', status: 'reading'});
		const other = note({site: 'facebook', pageKind: '', status: 'not-audited'});
		expect(parseMessage(reading, pageUrl)).toEqual(reading);
		expect(parseMessage(other, 'https://www.facebook.com/marketplace/')).toEqual(other);
	});

	test.each([
		['an unknown page kind', note({site: 'facebook', pageKind: 'inbox', status: 'reading'})],
		['a page kind with not-audited', note({site: 'facebook', pageKind: 'settings-posts', status: 'not-audited'})],
		['a reading status', note({site: 'facebook', pageKind: 'settings-posts', status: 'read'})],
		['an unknown site', note({site: 'myspace', pageKind: '', status: 'not-audited'})],
		['an extra key', note({site: 'facebook', pageKind: '', status: 'not-audited', url: 'https://www.facebook.com/'})],
	])('%s is dropped', (_, raw) => {
		expect(parseMessage(raw, pageUrl)).toBeUndefined();
	});

	test('from another site, it is dropped', () => {
		expect(parseMessage(note({site: 'facebook', pageKind: '', status: 'not-audited'}), 'https://x.com/home')).toBeUndefined();
		expect(parseMessage(note({site: 'facebook', pageKind: '', status: 'not-audited'}), undefined)).toBeUndefined();
	});

	test('only content scripts send it', () => {
		const message = note({site: 'facebook', pageKind: '', status: 'not-audited'}) as Message;
		const tab = {id: 7, index: 0, highlighted: true, active: true, pinned: false, incognito: false};
		expect(isAllowedSender(message, {id: 'me', tab, frameId: 0, url: pageUrl}, 'me', 'chrome-extension://me/')).toBe(true);
		expect(isAllowedSender(message, {id: 'me'}, 'me', 'chrome-extension://me/')).toBe(false);
	});
});

describe('isAllowedSender', () => {
	const base = 'chrome-extension://me/';
	const reportMessage = report() as Message;
	const getState: Message = {name: 'getState', payload: {}};
	const tab = {id: 7, index: 0, highlighted: true, active: true, pinned: false, incognito: false};

	test('content scripts may only report, and only from the top frame', () => {
		expect(isAllowedSender(reportMessage, {id: 'me', tab, frameId: 0}, 'me', base)).toBe(true);
		expect(isAllowedSender(reportMessage, {id: 'me', tab, frameId: 3}, 'me', base)).toBe(false);
		expect(isAllowedSender(getState, {id: 'me', tab, frameId: 0}, 'me', base)).toBe(false);
		expect(isAllowedSender({name: 'forgetSite', payload: {site: 'facebook'}}, {id: 'me', tab, frameId: 0}, 'me', base)).toBe(false);
	});

	test('extension pages may ask for state but not report pages', () => {
		expect(isAllowedSender(getState, {id: 'me'}, 'me', base)).toBe(true);
		expect(isAllowedSender(reportMessage, {id: 'me'}, 'me', base)).toBe(false);
	});

	test('an extension page open in a tab is an extension page, not a content script', () => {
		expect(isAllowedSender(getState, {id: 'me', tab, frameId: 0, url: `${base}popup.html`}, 'me', base)).toBe(true);
		expect(isAllowedSender(reportMessage, {id: 'me', tab, frameId: 0, url: `${base}popup.html`}, 'me', base)).toBe(false);
		expect(isAllowedSender(getState, {id: 'me', tab, frameId: 0, url: 'https://www.facebook.com/'}, 'me', base)).toBe(false);
	});

	test('other extensions are ignored', () => {
		expect(isAllowedSender(getState, {id: 'someone-else'}, 'me', base)).toBe(false);
	});
});

describe('the protocol map is the single source', () => {
	test('a parser map without a message\'s parser, or with one returning another payload, does not type-check', () => {
		// @ts-expect-error: setProfile has no parser
		const missing: Pick<Parsers, 'getState' | 'setProfile'> = {getState: () => ({})};
		// @ts-expect-error: setProfile's parser returns setReminder's payload
		const wrongPayload: Pick<Parsers, 'setProfile'> = {setProfile: () => ({every: 'monthly'})};
		// @ts-expect-error: a parser for a message the protocol does not have
		const unknownName: Pick<Parsers, 'getState'> = {getState: () => ({}), deleteEverything: () => ({})};
		expect([missing, wrongPayload, unknownName].map(parsers => Object.keys(parsers))).toEqual([['getState'], ['setProfile'], ['getState', 'deleteEverything']]);
	});

	test('every message name of the protocol parses, and nothing else does', () => {
		// A payload each parser accepts: every name of the protocol has a parser behind parseMessage.
		const accepted: Message[] = [
			report() as Message,
			{name: 'notePage', payload: {site: 'facebook', pageKind: '', status: 'not-audited'}},
			{name: 'getState', payload: {}},
			{name: 'showMe', payload: {site: 'facebook', ruleId: 'future-posts-public', steps: []}},
			{name: 'startScan', payload: {}},
			{name: 'cancelScan', payload: {}},
			{name: 'setReminder', payload: {every: 'monthly'}},
			{name: 'setProfile', payload: {profile: 'teen16'}},
			{name: 'forgetEverything', payload: {}},
			{name: 'forgetSite', payload: {site: 'facebook'}},
			{name: 'answerQuestion', payload: {question: 'tiktok.downloads', answer: 'off'}},
			{name: 'clearAnswer', payload: {question: 'tiktok.downloads'}},
			{name: 'setAppUse', payload: {platform: 'tiktok', uses: true}},
			{name: 'review', payload: {do: 'back'}},
			{name: 'deleteReview', payload: {}},
		];
		for (const message of accepted) {
			expect(parseMessage(message, pageUrl), message.name).toEqual(message);
		}

		for (const name of ['toString', 'constructor', '__proto__', 'hasOwnProperty', 'captureSample']) {
			expect(parseMessage({name, payload: {}}, pageUrl), name).toBeUndefined();
		}
	});
});
