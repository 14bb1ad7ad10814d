import {beforeEach, describe, expect, test} from 'vitest';
import {extensionId, fromPopup, startMemoryWorker} from './memory-adapters.js';

// The worker's handlers over in-memory adapters: a fresh worker, with nothing stored, for each test.
let worker: ReturnType<typeof startMemoryWorker>;
let onMessage: typeof worker.send;

beforeEach(() => {
	worker = startMemoryWorker();
	onMessage = worker.send;
});

const tab = {id: 4, index: 0, highlighted: true, active: true, pinned: false, incognito: false};
const fromPage = {id: extensionId, tab, frameId: 0, url: 'https://www.facebook.com/settings/?tab=posts'};
const report = (status = 'read') => ({
	name: 'reportPage',
	payload: {site: 'facebook', pageKind: 'settings-posts', status, observations: {futurePostsAudience: status === 'read' ? {state: 'known', value: 'public'} : {state: 'unknown', reason: 'not-own-profile'}}},
});

test('a page report is stored as findings and rebuilds the audit', async () => {
	await onMessage(report(), fromPage);
	const stored = await worker.local.get(null) as {pages: Record<string, unknown>; audit: {sites: Array<{findings: Array<{ruleId: string; status: string}>}>}};
	expect(Object.keys(stored.pages)).toEqual(['facebook']);
	expect(stored.audit.sites[0]!.findings).toContainEqual(expect.objectContaining({ruleId: 'future-posts-public', status: 'risk'}));
	expect(worker.badge.show).toHaveBeenCalled();
});

test('a report about someone else\'s page stores nothing in local storage', async () => {
	await onMessage(report('not-own-profile'), fromPage);
	expect(await worker.local.get(null)).toEqual({});
	const reply = await onMessage({name: 'getState', payload: {tabId: 4}}, fromPopup) as {tab: {status: string}};
	expect(reply.tab.status).toBe('not-own-profile');
});

test('a note from a supported site\'s tab is its state for the popup, until the reading replaces it', async () => {
	const state = async () => (await onMessage({name: 'getState', payload: {tabId: 4}}, fromPopup) as {tab?: {status: string; pageKind: string}}).tab;
	await onMessage({name: 'notePage', payload: {site: 'facebook', pageKind: '', status: 'not-audited'}}, {...fromPage, url: 'https://www.facebook.com/marketplace/'});
	expect(await state()).toMatchObject({status: 'not-audited', pageKind: ''});
	await onMessage({name: 'notePage', payload: {site: 'facebook', pageKind: 'settings-posts', status: 'reading'}}, fromPage);
	expect(await state()).toMatchObject({status: 'reading', pageKind: 'settings-posts'});
	await onMessage(report(), fromPage);
	expect(await state()).toMatchObject({status: 'read', pageKind: 'settings-posts'});
	expect(await worker.local.get('pages')).toHaveProperty('pages.facebook');
});

test('malformed messages and wrong senders get no answer and change nothing', async () => {
	expect(onMessage({name: 'reportPage', payload: {site: 'facebook'}}, fromPage)).toBeUndefined();
	expect(onMessage(report(), {...fromPage, id: 'another-extension'})).toBeUndefined();
	expect(onMessage(report(), {...fromPage, frameId: 2})).toBeUndefined();
	expect(onMessage(report(), {...fromPage, url: 'https://evil.example/'})).toBeUndefined();
	expect(onMessage({name: 'forgetSite', payload: {site: 'facebook'}}, fromPage)).toBeUndefined();
	expect(await worker.local.get(null)).toEqual({});
});

test('the popup can read the state and forget a site', async () => {
	await onMessage(report(), fromPage);
	const state = await onMessage({name: 'getState', payload: {}}, fromPopup) as {audit: {urgent: number}; catalog: Array<{id: string}>};
	expect(state.catalog.map(site => site.id)).toContain('facebook');
	await onMessage({name: 'forgetSite', payload: {site: 'facebook'}}, fromPopup);
	const stored = await worker.local.get(null) as {pages: object; audit: {sites: unknown[]}};
	expect(stored.pages).toEqual({});
	expect(stored.audit.sites).toEqual([]);
	expect(worker.badge.show).toHaveBeenLastCalledWith(expect.objectContaining({text: ''}));
});

test('switching the audience profile re-scores what is stored, without reading any page again', async () => {
	const birthday = {
		name: 'reportPage',
		payload: {site: 'facebook', pageKind: 'about-basic-info', status: 'read', observations: {
			birthdayDayMonth: {state: 'known', value: 'shown', audience: 'public'},
			birthdayYear: {state: 'known', value: 'shown', audience: 'public'},
		}},
	};
	await onMessage(birthday, {...fromPage, url: 'https://www.facebook.com/me/directory_basic_info'});
	type Stored = {pages: object; profile?: string; audit: {profile: string; sites: Array<{findings: Array<{ruleId: string; severity: string}>}>}};
	const severityOf = (stored: Stored) => stored.audit.sites[0]!.findings.find(finding => finding.ruleId === 'birthdate-visible')!.severity;
	const before = await worker.local.get(null) as Stored;
	expect([before.audit.profile, severityOf(before)]).toEqual(['adult', 'high']);

	await onMessage({name: 'setProfile', payload: {profile: 'teen13'}}, fromPopup);
	const after = await worker.local.get(null) as Stored;
	expect([after.profile, after.audit.profile, severityOf(after)]).toEqual(['teen13', 'teen13', 'critical']);
	expect(after.pages).toEqual(before.pages);
	const state = await onMessage({name: 'getState', payload: {}}, fromPopup) as {profile: string};
	expect(state.profile).toBe('teen13');

	// Pages read later are scored for the chosen profile too; a page may not choose it.
	expect(onMessage({name: 'setProfile', payload: {profile: 'adult'}}, fromPage)).toBeUndefined();
	expect(onMessage({name: 'setProfile', payload: {profile: 'toddler'}}, fromPopup)).toBeUndefined();
	await onMessage(report(), fromPage);
	expect((await worker.local.get(null) as Stored).audit.profile).toBe('teen13');
});

test('the popup hears which sites the user withdrew access to (Firefox lets them), and only those', async () => {
	const state = async () => (await onMessage({name: 'getState', payload: {}}, fromPopup) as {withoutAccess: string[]}).withoutAccess;
	expect(await state()).toEqual([]);
	worker.siteAccess.withdrawn.add('https://x.com/*');
	expect(await state()).toEqual(['x']);
});

describe('what an organisation set (managed storage)', () => {
	const managedWorker = (managed: Record<string, unknown>) => startMemoryWorker({managed});
	const state = async (w: ReturnType<typeof startMemoryWorker>) =>
		w.send({name: 'getState', payload: {}}, fromPopup) as Promise<{profile: string; reminder: string; managed: Record<string, unknown>; catalog: Array<{id: string}>; audit?: {profile: string; sites: Array<{site: string}>}}>;

	test('the audience and the reminder it set win over the user\'s, and the popup hears they are set', async () => {
		const w = managedWorker({audienceProfile: 'teen13', checkupReminder: 'monthly'});
		await w.send({name: 'setProfile', payload: {profile: 'adult'}}, fromPopup);
		await w.send({name: 'setReminder', payload: {every: 'off'}}, fromPopup);
		await w.send(report(), fromPage);
		const got = await state(w);
		expect(got).toMatchObject({profile: 'teen13', reminder: 'monthly', managed: {profile: 'teen13', reminder: 'monthly'}});
		expect(got.audit?.profile).toBe('teen13');
	});

	test('a site it turned off is not offered, not scanned, and nothing of it is kept', async () => {
		const w = managedWorker({sitesOff: ['facebook', 'myspace', 42]});
		await w.send(report(), fromPage);
		const got = await state(w);
		expect(got.managed).toEqual({sitesOff: ['facebook']});
		expect(got.catalog.map(site => site.id)).not.toContain('facebook');
		expect(await w.local.get('pages')).toEqual({});
	});

	test('values that do not fit are ignored, never guessed at', async () => {
		const got = await state(managedWorker({audienceProfile: 'toddler', checkupReminder: 'daily', sitesOff: 'x', __proto__: {audienceProfile: 'teen13'}}));
		expect(got).toMatchObject({profile: 'adult', reminder: 'off', managed: {}});
	});
});
