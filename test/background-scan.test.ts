import {beforeEach, expect, test, vi} from 'vitest';
import {siteCatalog} from '../src/background/site-catalog.js';
import {extensionId, fromPopup, startMemoryWorker} from './memory-adapters.js';

// "Scan all" through the worker's handlers over in-memory adapters: which tab calls it makes,
// what it stores, and how a page report moves it on.
let worker: ReturnType<typeof startMemoryWorker>;
let onMessage: typeof worker.send;
let create: typeof worker.tabs.create;
let update: typeof worker.tabs.update;
let remove: typeof worker.tabs.remove;
let notifications: typeof worker.notifications.create;

beforeEach(() => {
	worker = startMemoryWorker({local: {scanPaceMs: 0}});
	worker.tabs.create.mockResolvedValue({id: 7});
	onMessage = worker.send;
	({create, update, remove} = worker.tabs);
	notifications = worker.notifications.create;
});

// Scan all opens every page an address opens by itself.
const steps = siteCatalog().flatMap(site => site.pages.filter(page => !page.reachedByClick).map(page => ({site: site.id, ...page})));
const reportFrom = (tabId: number, step: typeof steps[number], status = 'read', observations: object = {}, live?: true) => onMessage(
	{name: 'reportPage', payload: {site: step.site, pageKind: step.pageKind, status, observations, ...(live ? {live} : {})}},
	{id: extensionId, tab: {id: tabId}, frameId: 0, url: step.url},
);
const state = async () => (await onMessage({name: 'getState', payload: {}}, fromPopup)) as {scan?: {phase: string; steps: Array<{outcome?: string}>}; scans: Array<{outcome: string; sites: Array<{site: string; signedOut: boolean}>}>};

test('one background tab walks every page kind, then closes, and the scan is kept in history', async () => {
	await onMessage({name: 'startScan', payload: {}}, fromPopup);
	expect(create).toHaveBeenCalledExactlyOnceWith({url: steps[0]!.url, active: false});
	// A second "Scan all" while one runs opens nothing more.
	await onMessage({name: 'startScan', payload: {}}, fromPopup);
	expect(create).toHaveBeenCalledTimes(1);

	for (const [index, step] of steps.entries()) {
		// Reports from another tab do not move the scan.
		await reportFrom(99, step);
		expect(update).toHaveBeenCalledTimes(index);
		await reportFrom(7, step, step.site === 'linkedin' ? 'logged-out' : 'read');
		if (step.site === 'linkedin') {
			break; // Signed out: the rest of LinkedIn is skipped.
		}
	}

	const rest = steps.slice(steps.findIndex(step => step.site === 'linkedin')).filter(step => step.site !== 'linkedin');
	for (const step of rest) {
		await reportFrom(7, step);
	}

	// Every page after the first was opened in the same tab, LinkedIn's only until signed out.
	const firstLinkedIn = steps.find(step => step.site === 'linkedin');
	const opened = steps.filter(step => step.site !== 'linkedin' || step === firstLinkedIn).slice(1).map(step => step.url);
	expect(update.mock.calls.map(([, details]) => details.url)).toEqual(opened);
	expect(remove).toHaveBeenCalledExactlyOnceWith(7);
	const {scan, scans} = await state();
	expect(scan!.phase).toBe('finished');
	expect(scans).toHaveLength(1);
	expect(scans[0]!.sites.find(site => site.site === 'linkedin')!.signedOut).toBe(true);
});

test('cancel closes the scan tab and keeps a cancelled record; closing the tab by hand cancels too', async () => {
	await onMessage({name: 'startScan', payload: {}}, fromPopup);
	await reportFrom(7, steps[0]!);
	await onMessage({name: 'cancelScan', payload: {}}, fromPopup);
	expect(remove).toHaveBeenCalledExactlyOnceWith(7);
	expect((await state()).scans[0]!.outcome).toBe('cancelled');

	await onMessage({name: 'startScan', payload: {}}, fromPopup);
	worker.tabs.close(7);

	await vi.waitFor(async () => expect((await state()).scan!.phase).toBe('cancelled'));
	expect(remove).toHaveBeenCalledTimes(1); // The user already closed it.
});

test('a setting that became more exposed raises a notification; one the user just changed on the page does not', async () => {
	const posts = steps.find(step => step.pageKind === 'settings-posts')!;
	await reportFrom(3, posts, 'read', {futurePostsAudience: {state: 'known', value: 'friends'}});
	await reportFrom(3, posts, 'read', {futurePostsAudience: {state: 'known', value: 'public'}}, true);
	expect(notifications).not.toHaveBeenCalled();
	await reportFrom(3, posts, 'read', {futurePostsAudience: {state: 'known', value: 'friends'}});
	await reportFrom(3, posts, 'read', {futurePostsAudience: {state: 'known', value: 'public'}});
	expect(notifications).toHaveBeenCalledOnce();
	expect(notifications.mock.calls[0]![1].title).toContain('Facebook');
});

test('scan and reminder messages are for the popup only, and validated', async () => {
	const fromContent = {id: extensionId, tab: {id: 3}, frameId: 0, url: 'https://x.com/settings/location'};
	expect(onMessage({name: 'startScan', payload: {}}, fromContent)).toBeUndefined();
	expect(onMessage({name: 'setReminder', payload: {every: 'weekly'}}, fromPopup)).toBeUndefined();
	expect(onMessage({name: 'reportPage', payload: {site: 'x', pageKind: 'settings-location', status: 'read', observations: {}, live: 'yes'}}, fromContent)).toBeUndefined();
	expect(create).not.toHaveBeenCalled();
	await onMessage({name: 'setReminder', payload: {every: 'quarterly'}}, fromPopup);
	expect(await onMessage({name: 'getState', payload: {}}, fromPopup)).toMatchObject({reminder: 'quarterly'});
});

test('Show me opens the fix page, and that page\'s first reading gets the request back, once', async () => {
	const posts = steps.find(step => step.pageKind === 'settings-posts')!;
	await onMessage({name: 'showMe', payload: {site: 'facebook', ruleId: 'future-posts-public', steps: ['Open Settings.', 'Choose Friends.']}}, fromPopup);
	expect(create).toHaveBeenCalledExactlyOnceWith({url: posts.url});
	// Another page kind of the site does not take it.
	expect(await reportFrom(5, steps.find(step => step.pageKind === 'settings-apps')!)).toBeUndefined();
	expect(await reportFrom(5, posts)).toEqual({fields: ['futurePostsAudience'], steps: ['Open Settings.', 'Choose Friends.']});
	expect(await reportFrom(5, posts)).toBeUndefined();
	// From a content script, or for an unknown rule, it is refused.
	expect(onMessage({name: 'showMe', payload: {site: 'facebook', ruleId: 'future-posts-public', steps: []}}, {id: extensionId, tab: {id: 5}, frameId: 0, url: posts.url})).toBeUndefined();
	expect(onMessage({name: 'showMe', payload: {site: 'facebook', ruleId: 'no-such-rule', steps: []}}, fromPopup)).toBeUndefined();
});

test('a page stored but not counted (the worker stopped between the two writes) counts as read when its wait runs out, not as no answer', async () => {
	vi.useFakeTimers();
	try {
		await onMessage({name: 'startScan', payload: {}}, fromPopup);
		// Opened; the report is stored as the page's record, but the scan's own step never hears of it.
		const first = steps[0]!;
		const pages = {[first.site]: {[first.pageKind]: {pageKind: first.pageKind, readAt: Date.now(), observations: {}}}};
		await worker.local.set({pages});
		await vi.advanceTimersByTimeAsync(21_000);
		const scan = (await state()).scan!;
		expect(scan.steps[0]!.outcome).toBe('read');
		// A page with no record when its wait ran out is "no answer", as before.
		await vi.advanceTimersByTimeAsync(21_000);
		expect((await state()).scan!.steps[1]!.outcome).toBe('no-answer');
	} finally {
		vi.useRealTimers();
	}
});

test('a step is stored as read only after its page\'s record: a worker stopped in between never loses the page', async () => {
	await onMessage({name: 'startScan', payload: {}}, fromPopup);
	const first = steps[0]!;
	// Slow page writes, as a busy disk or a large store makes them: the scan must not run ahead of them.
	const localSet = vi.mocked(worker.local.set);
	const setLocal = localSet.getMockImplementation()!;
	localSet.mockImplementation(async (items: Record<string, unknown>) => {
		await new Promise(resolve => setTimeout(resolve, 50));
		return setLocal(items);
	});
	// What storage holds at each moment a scan state is written that counts the first step.
	const recordAtCount: unknown[] = [];
	const sessionSet = vi.mocked(worker.session.set);
	const setSession = sessionSet.getMockImplementation()!;
	sessionSet.mockImplementation(async (items: Record<string, unknown>) => {
		const scan = items.scan as {steps?: Array<{outcome?: string}>} | undefined;
		if (scan?.steps?.[0]?.outcome === 'read') {
			const {pages} = await worker.local.get('pages') as {pages?: Record<string, Record<string, unknown>>};
			recordAtCount.push(pages?.[first.site]?.[first.pageKind]);
		}

		return setSession(items);
	});
	await reportFrom(7, first);
	expect(recordAtCount.length).toBeGreaterThan(0);
	expect(recordAtCount.every(record => record !== undefined)).toBe(true);
});
