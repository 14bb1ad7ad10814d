import {expect, test} from 'vitest';
import {extensionId, fromPopup, startMemoryWorker} from './memory-adapters.js';

// Issue 17.3: storage is input too. Whatever is stored, the worker answers the popup with a
// checklist, an empty state or a problem it can say, and keeps recording.

type State = {audit?: {sites: Array<{site: string; findings: Array<{ruleId: string; status: string}>}>}; storeProblem?: {problem: string}};
const tab = {id: 4, index: 0, highlighted: true, active: true, pinned: false, incognito: false};
const fromPage = {id: extensionId, tab, frameId: 0, url: 'https://www.facebook.com/settings/?tab=posts'};
const reportPosts = {name: 'reportPage', payload: {site: 'facebook', pageKind: 'settings-posts', status: 'read', observations: {futurePostsAudience: {state: 'known', value: 'public'}}}};
const getState = async (worker: ReturnType<typeof startMemoryWorker>) => worker.send({name: 'getState', payload: {}}, fromPopup) as Promise<State>;
const finding = (state: State, site: string, ruleId: string) =>
	state.audit?.sites.find(entry => entry.site === site)?.findings.find(entry => entry.ruleId === ruleId);

const good = {
	'settings-posts': {pageKind: 'settings-posts', readAt: 1, observations: {futurePostsAudience: {state: 'known', value: 'public'}}},
};

test('pages that are not pages: dropped, said once, and the worker keeps recording', async () => {
	const worker = startMemoryWorker({local: {version: 2, pages: ['not', 'pages'], changes: []}});
	const first = await getState(worker);
	expect(first.storeProblem?.problem).toBe('damaged');
	expect(first.audit?.sites ?? []).toEqual([]);
	// Said once: the next popup does not repeat it.
	expect((await getState(worker)).storeProblem).toBeUndefined();

	await worker.send(reportPosts, fromPage);
	expect(finding(await getState(worker), 'facebook', 'future-posts-public')?.status).toBe('risk');

	await worker.send({name: 'forgetEverything', payload: {}}, fromPopup);
	expect(await worker.local.get(null)).toEqual({});
});

test('one observation set to null: the checklist still comes, with everything else that was read', async () => {
	const pages = {
		facebook: {...good, 'settings-find-and-contact': {pageKind: 'settings-find-and-contact', readAt: 2, observations: {friendRequestsAudience: null, searchEngineLinking: {state: 'known', value: true}}}},
	};
	const worker = startMemoryWorker({local: {version: 5, pages, changes: [], scans: []}});
	const state = await getState(worker);
	expect(state.storeProblem?.problem).toBe('damaged');
	expect(finding(state, 'facebook', 'future-posts-public')?.status).toBe('risk');
	expect(finding(state, 'facebook', 'search-engine-linking')?.status).toBe('risk');
	// The dropped one is "couldn't check" again, never safe.
	expect(finding(state, 'facebook', 'friend-requests-from-anyone')?.status).toBe('unknown');

	// And recording goes on over what was kept.
	await worker.send(reportPosts, fromPage);
	expect(finding(await getState(worker), 'facebook', 'search-engine-linking')?.status).toBe('risk');
});

test.each([
	['a list', []],
	['sites that are not sites', {sites: [null], counts: {}, urgent: 0, score: {}, profile: 'adult', updatedAt: 0}],
	['findings that are strings', {sites: [{site: 'facebook', siteName: 'Facebook', findings: ['risk'], pagesRead: [], pagesToVisit: [], score: {checked: 1, total: 1}}], counts: {risk: 1, unknown: 0, ok: 0}, urgent: 0, score: {checked: 1, total: 1}, profile: 'adult', updatedAt: 0}],
])('a stored audit of the wrong shape (%s) is rebuilt from the pages, not handed to the popup', async (_, audit) => {
	const worker = startMemoryWorker({local: {version: 5, pages: {facebook: good}, changes: [], scans: [], audit}});
	const state = await getState(worker);
	expect(finding(state, 'facebook', 'future-posts-public')?.status).toBe('risk');
});

test('a store damaged after the worker started is checked at every load: merging never throws on it', async () => {
	const worker = startMemoryWorker({local: {version: 5, pages: {facebook: good}, changes: [], scans: []}});
	await getState(worker);
	await worker.local.set({pages: {facebook: {...good, 'settings-apps': null}}, changes: [null], scans: [{startedAt: 'then'}]});
	await worker.send(reportPosts, fromPage);
	const state = await getState(worker);
	expect(finding(state, 'facebook', 'future-posts-public')?.status).toBe('risk');
});

test('a migration that throws is tried again on the next message, not remembered until the browser restarts', async () => {
	const worker = startMemoryWorker({local: {version: 2, pages: {facebook: good}, changes: []}});
	const get = worker.local.get;
	let failures = 1;
	worker.local.get = async keys => {
		if (keys === null && failures-- > 0) {
			throw new Error('storage is busy');
		}

		return get(keys);
	};

	await expect(getState(worker)).rejects.toThrow('storage is busy');
	expect(finding(await getState(worker), 'facebook', 'future-posts-public')?.status).toBe('risk');
	expect((await worker.local.get('version')).version).toBe(5);
});
