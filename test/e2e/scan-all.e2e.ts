// "Scan all" in Chromium: the popup's button walks every page kind of every site in one background
// tab (page samples served at the URLs the scan opens), shows progress, closes its tab, and finds
// what visiting the pages by hand finds. A second scan notices a setting the site flipped and
// notifies; cancelling leaves no tab behind. A stopped worker: scan-all-stops.e2e.ts.
import {afterEach, describe, expect, it} from 'vitest';
import {auditOf} from '../../src/core/audit/record-page.js';
import {isAllowedRequest, poll, type Launched} from './launch.js';
import {catalog, marks, pageCount, readByHand, samplesAtScanUrls, scanRecords, scans, scanState, scanTabs, setPace, setUp} from './scan-all-helpers.js';

describe('Scan all', {timeout: 240_000}, () => {
	const opened: Launched[] = [];
	afterEach(async () => {
		await Promise.all(opened.splice(0).map(async app => app.close()));
	});

	it('reads every page in one background tab with progress, closes it, and finds what visiting by hand finds', async () => {
		const samples = samplesAtScanUrls('risky');
		const {app, popup} = await setUp(samples, 150);
		opened.push(app);
		const tabsBefore = app.context.pages().length;
		await popup.getByRole('button', {name: 'Scan all'}).click();
		await expect.poll(async () => popup.locator('.scan-progress').textContent(), {timeout: 10_000}).toMatch(/Scanning… Facebook \d+\/9 · X \d+\/10/);
		// Never more than one extra tab while it runs.
		expect(scanTabs(app).length).toBeLessThanOrEqual(1);
		// Progress seen: the rest without pauses (the pace is read at every step).
		await setPace(app, 0);
		const [record] = await scanRecords(app, 1, 'the scan to finish');
		expect(record!.outcome).toBe('finished');
		expect((await scanState(app))!.steps.filter(step => step.outcome !== 'read')).toEqual([]);
		expect(record!.pagesRead).toHaveLength(pageCount);
		await expect.poll(() => app.context.pages().length).toBe(tabsBefore);
		await expect.poll(async () => popup.getByRole('button', {name: 'Scan all'}).count()).toBe(1);

		// What the scan stored is what visiting each page by hand stores, so it finds the same.
		const byHand = readByHand('risky');
		const stored = await app.local();
		for (const site of catalog) {
			for (const page of site.pages) {
				expect(stored.pages?.[site.id]?.[page.pageKind]?.observations, `${site.id}/${page.pageKind}`).toEqual(byHand[site.id]![page.pageKind]!.observations);
			}
		}

		expect(marks(stored.audit)).toEqual(marks(auditOf(byHand, 0)));
		const served = new Set(Object.keys(samples).map(url => new URL(url).href));
		expect(app.requests.filter(request => !isAllowedRequest(request, served, app.extensionId))).toEqual([]);
	});

	it('a second scan reports exactly the setting the site flipped, and notifies', async () => {
		const {app, popup} = await setUp(samplesAtScanUrls('locked-down'), 0);
		opened.push(app);
		await popup.getByRole('button', {name: 'Scan all'}).click();
		await scanRecords(app, 1, 'the first scan');
		const changesBefore = ((await app.local()) as {changes?: unknown[]}).changes?.length ?? 0;

		// Headless Chromium drops a shown notification after a few seconds: note every one created.
		await (await app.worker()).evaluate(() => {
			const created: string[] = [];
			const create = chrome.notifications.create.bind(chrome.notifications) as (id: string, options: chrome.notifications.NotificationCreateOptions) => Promise<string>;
			Object.assign(globalThis, {createdNotifications: created});
			chrome.notifications.create = (async (id: string, options: chrome.notifications.NotificationCreateOptions) => {
				created.push(id);
				return create(id, options);
			}) as typeof chrome.notifications.create;
		});
		app.serve(samplesAtScanUrls('locked-down', {'facebook/settings-posts': 'risky'}));
		await popup.getByRole('button', {name: 'Scan all'}).click();
		const [second] = await scanRecords(app, 2, 'the second scan');
		expect(second!.diff!.appeared.map(mark => `${mark.site}/${mark.ruleId}`)).toEqual(['facebook/future-posts-public']);
		expect(second!.diff!.fixed).toEqual([]);
		expect(second!.diff!.unreadable).toEqual([]);

		const {changes} = (await app.local()) as {changes: Array<{site: string; pageKind: string; changes: Array<{field: string; direction: string}>}>};
		expect(changes.slice(0, changes.length - changesBefore)).toEqual([
			expect.objectContaining({site: 'facebook', pageKind: 'settings-posts', changes: [expect.objectContaining({field: 'futurePostsAudience', direction: 'more-exposed'})]}),
		]);
		const notifications = await (await app.worker()).evaluate(() => (globalThis as unknown as {createdNotifications: string[]}).createdNotifications);
		expect(notifications.filter(id => id.startsWith('more-exposed-facebook'))).toHaveLength(1);
		await expect.poll(async () => popup.locator('#changes-title').count()).toBe(1);
	});

	it('cancel stops the scan, keeps what it read, and leaves no extra tab open', async () => {
		const {app, popup} = await setUp(samplesAtScanUrls('risky'), 500);
		opened.push(app);
		const tabsBefore = app.context.pages().length;
		await popup.getByRole('button', {name: 'Scan all'}).click();
		await poll(async () => scanState(app), state => (state?.steps.filter(step => step.outcome).length ?? 0) >= 2, 30_000, 'two pages read');
		await popup.getByRole('button', {name: 'Cancel scan'}).click();
		const [record] = await poll(async () => scans(app), list => list.length === 1, 10_000, 'the cancelled scan record');
		expect(record!.outcome).toBe('cancelled');
		expect(record!.pagesRead.length).toBeGreaterThanOrEqual(2);
		await expect.poll(() => app.context.pages().length).toBe(tabsBefore);
		await expect.poll(async () => popup.locator('.scan-status').textContent()).toContain('cancelled');
	});
});
