// "Scan all" in Chromium: the popup's button walks every page kind of every site in one background
// tab (page samples served at the URLs the scan opens), shows progress, closes its tab, and finds
// what visiting the pages by hand finds. A second scan notices a setting the site flipped and
// notifies; a stopped service worker carries on; cancelling leaves no tab behind.
import {readFileSync} from 'node:fs';
import {afterEach, describe, expect, it} from 'vitest';
import type {Page} from 'playwright-core';
import type {PageReading} from '../../src/core/model/page-reading.js';
import {withBioKinds} from '../../src/core/bio/bio-observations.js';
import {auditOf} from '../../src/core/audit/record-page.js';
import type {ScanRecord} from '../../src/core/scan/scan-history.js';
import type {ScanState} from '../../src/core/scan/scan-state.js';
import {siteCatalog} from '../../src/background/site-catalog.js';
import type {StoredPages} from '../../src/core/model/stored-pages.js';
import {repairPages} from '../../src/core/stored/repair-pages.js';
import {expectedFile, listFixtures, type Fixture} from '../fixtures.js';
import {isAllowedRequest, launchExtension, poll, type Launched, type Samples} from './launch.js';

/** The pages Scan all opens: every page kind an address opens by itself. */
const catalog = siteCatalog().map(site => ({...site, pages: site.pages.filter(page => !page.reachedByClick)}));
const pageCount = catalog.flatMap(site => site.pages).length;

const fixtures = listFixtures();
function fixtureOf(site: string, pageKind: string, name: string): Fixture {
	const fixture = fixtures.find(candidate => candidate.site === site && candidate.pageKind === pageKind && candidate.name === name);
	if (!fixture) {
		throw new Error(`No ${name} sample for ${site}/${pageKind}`);
	}

	return fixture;
}

/** Each page kind's sample of one case, served at the URL the scan opens (the page kind's own link). */
function samplesAtScanUrls(name: string, overrides: Record<string, string> = {}): Samples {
	return Object.fromEntries(catalog.flatMap(site => site.pages.map(page =>
		[page.url, fixtureOf(site.id, page.pageKind, overrides[`${site.id}/${page.pageKind}`] ?? name).html])));
}

/** What visiting each page by hand stores: its sample's expected reading, bio text scanned into kinds (the per-site e2e tests check this in Chromium). */
function readByHand(name: string): StoredPages {
	return Object.fromEntries(catalog.map(site => [site.id, Object.fromEntries(site.pages.map(page => {
		const expected = withBioKinds(JSON.parse(readFileSync(expectedFile(fixtureOf(site.id, page.pageKind, name)), 'utf8')) as PageReading, 'en-US');
		return [page.pageKind, {pageKind: page.pageKind, readAt: 0, observations: expected.observations}];
	}))]));
}

const setPace = async (app: Launched, paceMs: number) => (await app.worker()).evaluate(async pace => chrome.storage.local.set({scanPaceMs: pace}), paceMs);

const marks = (audit: {sites: Array<{site: string; findings: Array<{ruleId: string; status: string; severity: string}>}>} | undefined) =>
	(audit?.sites ?? []).flatMap(site => site.findings.map(({ruleId, status, severity}) => `${site.site}/${ruleId}: ${status} (${severity})`)).sort();

async function setUp(samples: Samples, paceMs: number): Promise<{app: Launched; popup: Page}> {
	const app = await launchExtension(samples);
	await setPace(app, paceMs);
	const popup = await app.openPopup();
	return {app, popup};
}

const scanState = async (app: Launched) => (await app.session() as unknown as {scan?: ScanState}).scan;
const scans = async (app: Launched) => ((await app.local()) as {scans?: ScanRecord[]}).scans ?? [];
/** Waits for the `count`th scan record; on a timeout the error shows where the scan stood. */
async function scanRecords(app: Launched, count: number, what: string): Promise<ScanRecord[]> {
	const progress = async () => {
		const state = await scanState(app);
		return {tabs: app.context.pages().map(page => page.url()), records: await scans(app), phase: state?.phase, at: state?.steps[state.current], outcomes: state?.steps.map(step => step.outcome ?? '-').join(',')};
	};

	return (await poll(progress, value => value.records.length >= count, scanMs, what)).records;
}
/** Tabs on a site: the scan's own (the browser's first blank tab and the popup tab are not). */
const scanTabs = (app: Launched) => app.context.pages().filter(page => page.url().startsWith('https://'));
/** A whole scan takes ~15 s on an idle machine; these machines are shared, so the waits are generous. */
const scanMs = 100_000;

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

	it('carries on after the service worker is stopped between two pages', async () => {
		const {app, popup} = await setUp(samplesAtScanUrls('risky'), 0);
		opened.push(app);
		await popup.getByRole('button', {name: 'Scan all'}).click();
		// Two pages without pauses, then a long one; stop the worker during it: its timer dies with it,
		// so only the stored state and the alarm remain.
		await poll(async () => scanState(app), state => (state?.current ?? 0) >= 2, 30_000, 'two pages read');
		await setPace(app, 1500);
		await poll(async () => scanState(app), state => state?.phase === 'pausing' && state.current >= 3, 30_000, 'a pause after three pages');
		await popup.close();
		await app.stopWorkers();
		const tab = scanTabs(app)[0]!;
		const urlAtStop = tab.url();
		await poll(async () => tab.url(), url => url !== urlAtStop, 15_000, 'the scan tab to move on without anyone waking the worker');

		await setPace(app, 0);
		const [record] = await scanRecords(app, 1, 'the resumed scan to finish');
		expect(record!.outcome).toBe('finished');
		expect(record!.pagesRead).toHaveLength(pageCount);
	});

	it('survives the service worker stopped while a page loads and again as its reading is stored: nothing half-written, and it completes', {timeout: 240_000}, async () => {
		// Issue 17.5. A stop while loading: the page's report is what wakes the worker. A stop right as
		// a report lands: the page's record and the audit are written in one storage write, so either
		// both are there or neither, and the scan (its state in session storage) carries on.
		const {app, popup} = await setUp(samplesAtScanUrls('risky'), 0);
		opened.push(app);
		await popup.getByRole('button', {name: 'Scan all'}).click();
		await popup.close();
		await poll(async () => scanState(app), state => state?.phase === 'loading' && state.current >= 1, scanMs, 'a page loading');
		await app.stopWorkers();
		const before = (await poll(async () => scanState(app), state => (state?.current ?? 0) >= 3, scanMs, 'the scan to move on'))!.current;
		await poll(async () => scanState(app), state => (state?.current ?? 0) > before, scanMs, 'the next report');
		await app.stopWorkers();

		const [record] = await scanRecords(app, 1, 'the scan to finish after two stops');
		expect(record!.outcome).toBe('finished');
		expect(record!.pagesRead).toHaveLength(pageCount);
		const stored = await app.local();
		expect(repairPages(stored.pages).damaged).toBe(false);
		const byHand = readByHand('risky');
		for (const site of catalog) {
			for (const page of site.pages) {
				expect(stored.pages?.[site.id]?.[page.pageKind]?.observations, `${site.id}/${page.pageKind}`).toEqual(byHand[site.id]![page.pageKind]!.observations);
			}
		}

		// The stored audit is the audit of the stored pages: never one write behind the other.
		expect(marks(stored.audit)).toEqual(marks(auditOf(stored.pages!, 0)));
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
