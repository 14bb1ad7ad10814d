import {beforeEach, describe, expect, test} from 'vitest';
import {isAllowedSender} from '../src/core/protocol/is-allowed-sender.js';
import {parseMessage} from '../src/core/protocol/parse-message.js';
import type {Message} from '../src/core/protocol/protocol.js';
import {migrateStore, storageVersion} from '../src/background/storage-migrate.js';
import {extensionId, fromPopup, startMemoryWorker} from './memory-adapters.js';

type Finding = {ruleId: string; status: string; reported?: {at: number}};
type Stored = {answers?: {answers: Record<string, {answer: string; at: number}>; apps: Record<string, boolean>}; audit?: {sites: Array<{site: string; findings: Finding[]}>}};

const answer = (question: string, value: string) => ({name: 'answerQuestion', payload: {question, answer: value}});

describe('guided-question messages are validated', () => {
	test.each([
		['a known question and one of its options', answer('tiktok.direct-messages', 'everyone')],
		['"I\'m not sure"', answer('tiktok.direct-messages', 'not-sure')],
		['"I don\'t have this app"', answer('venmo.friends-list', 'no-app')],
		['clearing a known question', {name: 'clearAnswer', payload: {question: 'venmo.friends-list'}}],
		['saying an app is used', {name: 'setAppUse', payload: {platform: 'snapchat', uses: true}}],
		['taking that back', {name: 'setAppUse', payload: {platform: 'snapchat', uses: null}}],
		['forgetting an app known only through questions', {name: 'forgetSite', payload: {site: 'venmo'}}],
	])('accepted: %s', (_, raw) => {
		expect(parseMessage(raw, undefined)).toEqual(raw);
	});

	test.each([
		['an unknown question', answer('tiktok.password', 'everyone')],
		['an answer the question does not offer', answer('tiktok.direct-messages', 'public')],
		['another question\'s option', answer('tiktok.direct-messages', 'on')],
		['a value instead of an option id', {name: 'answerQuestion', payload: {question: 'tiktok.downloads', answer: true}}],
		['an inherited property name as the id', answer('toString', 'on')],
		['clearing an unknown question', {name: 'clearAnswer', payload: {question: 'nope'}}],
		['an unknown app', {name: 'setAppUse', payload: {platform: 'myspace', uses: true}}],
		['"maybe" for whether an app is used', {name: 'setAppUse', payload: {platform: 'tiktok', uses: 'maybe'}}],
	])('rejected: %s', (_, raw) => {
		expect(parseMessage(raw, undefined)).toBeUndefined();
	});

	test('a page cannot report a value as if the user had reported it', () => {
		const report = {name: 'reportPage', payload: {site: 'instagram', pageKind: 'account-privacy', status: 'read',
			observations: {accountPrivate: {state: 'known', value: true, source: 'reported', reportedAt: 1}}}};
		expect(parseMessage(report, 'https://www.instagram.com/accounts/privacy_and_security/')).toBeUndefined();
	});

	test('only extension pages (the popup) may answer, clear or say which apps are used; content scripts may not', () => {
		const base = 'chrome-extension://me/';
		const tab = {id: 7, index: 0, highlighted: true, active: true, pinned: false, incognito: false};
		const messages: Message[] = [
			{name: 'answerQuestion', payload: {question: 'tiktok.downloads', answer: 'off'}},
			{name: 'clearAnswer', payload: {question: 'tiktok.downloads'}},
			{name: 'setAppUse', payload: {platform: 'tiktok', uses: true}},
		];
		for (const message of messages) {
			expect(isAllowedSender(message, {id: 'me'}, 'me', base), message.name).toBe(true);
			expect(isAllowedSender(message, {id: 'me', tab, frameId: 0, url: 'https://www.tiktok.com/'}, 'me', base), message.name).toBe(false);
			expect(isAllowedSender(message, {id: 'someone-else'}, 'me', base), message.name).toBe(false);
		}
	});
});

describe('the background stores answers', () => {
	let worker: ReturnType<typeof startMemoryWorker>;
	let onMessage: typeof worker.send;
	const popup = fromPopup;
	const stored = async () => worker.local.get(null) as Promise<Stored>;
	const finding = (state: Stored, site: string, ruleId: string) => state.audit?.sites.find(entry => entry.site === site)?.findings.find(entry => entry.ruleId === ruleId);

	beforeEach(() => {
		worker = startMemoryWorker();
		onMessage = worker.send;
	});

	test('an answer is stored with its date and rebuilds the audit; clearing it returns the finding to "couldn\'t check"', async () => {
		await onMessage({name: 'setAppUse', payload: {platform: 'tiktok', uses: true}}, popup);
		expect(finding(await stored(), 'tiktok', 'tiktok-dms-from-everyone')?.status).toBe('unknown');

		const before = Date.now();
		await onMessage(answer('tiktok.direct-messages', 'everyone'), popup);
		const after = await stored();
		expect(Object.keys(after.answers!.answers)).toEqual(['tiktok.direct-messages']);
		expect(after.answers!.answers['tiktok.direct-messages']!.answer).toBe('everyone');
		expect(after.answers!.answers['tiktok.direct-messages']!.at).toBeGreaterThanOrEqual(before);
		expect(finding(after, 'tiktok', 'tiktok-dms-from-everyone')).toMatchObject({status: 'risk', reported: {at: after.answers!.answers['tiktok.direct-messages']!.at}});
		const state = await onMessage({name: 'getState', payload: {}}, popup) as {answers: Stored['answers']};
		expect(state.answers).toEqual(after.answers);

		await onMessage({name: 'clearAnswer', payload: {question: 'tiktok.direct-messages'}}, popup);
		const cleared = await stored();
		expect(cleared.answers!.answers).toEqual({});
		expect(finding(cleared, 'tiktok', 'tiktok-dms-from-everyone')?.status).toBe('unknown');
	});

	test('a content script cannot answer, and a bad answer changes nothing', async () => {
		const fromPage = {id: extensionId, tab: {id: 3}, frameId: 0, url: 'https://www.tiktok.com/setting'};
		expect(onMessage(answer('tiktok.direct-messages', 'no-one'), fromPage)).toBeUndefined();
		expect(onMessage(answer('tiktok.direct-messages', 'sometimes'), popup)).toBeUndefined();
		expect(await worker.local.get(null)).toEqual({});
	});

	test('forgetting a site removes its answers; forgetting everything removes all of them', async () => {
		await onMessage({name: 'setAppUse', payload: {platform: 'venmo', uses: true}}, popup);
		await onMessage(answer('venmo.friends-list', 'public'), popup);
		await onMessage(answer('snapchat.contact-me', 'everyone'), popup);
		await onMessage({name: 'forgetSite', payload: {site: 'venmo'}}, popup);
		const left = await stored();
		expect(left.answers).toEqual({apps: {}, answers: {'snapchat.contact-me': expect.objectContaining({answer: 'everyone'})}});
		expect(left.audit!.sites.map(site => site.site)).toEqual(['snapchat']);
		await onMessage({name: 'forgetEverything', payload: {}}, popup);
		expect(await worker.local.get(null)).toEqual({});
	});
});

describe('answers in the store (since version 4)', () => {
	test('version-2 and version-3 stores get empty answers; answers of the wrong shape are dropped and said once', () => {
		const v2 = {version: 2, pages: {}, changes: []};
		expect(migrateStore(v2)).toEqual({store: {version: storageVersion, pages: {}, changes: [], scans: [], answers: {answers: {}, apps: {}}}, changed: true});
		const v3 = {version: 3, pages: {}, changes: [], scans: []};
		expect(migrateStore(v3)).toEqual({store: {version: storageVersion, pages: {}, changes: [], scans: [], answers: {answers: {}, apps: {}}}, changed: true});
		const broken = {version: 4, pages: {}, changes: [], scans: [], answers: {answers: {'tiktok.downloads': 'on'}, apps: {}}};
		expect(migrateStore(broken)).toEqual({store: {version: storageVersion, pages: {}, changes: [], scans: [], answers: {answers: {}, apps: {}}}, changed: true, problem: 'damaged'});
		const current = {version: storageVersion, pages: {}, changes: [], scans: [], answers: {answers: {'tiktok.downloads': {answer: 'on', at: 1}}, apps: {tiktok: true}}};
		expect(migrateStore(current)).toEqual({store: current, changed: false});
	});
});
