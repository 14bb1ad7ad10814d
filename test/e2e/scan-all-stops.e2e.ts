// "Scan all" in Chromium with its service worker stopped: between two pages (the alarm carries it on),
// while a page loads and as a reading is stored (nothing half-written). Side by side with scan-all.e2e.ts.
import {afterEach, describe, expect, it} from 'vitest';
import {auditOf} from '../../src/core/audit/record-page.js';
import {repairPages} from '../../src/core/stored/repair-pages.js';
import {poll, type Launched} from './launch.js';
import {catalog, marks, pageCount, readByHand, samplesAtScanUrls, scanMs, scanRecords, scanState, scanTabs, setPace, setUp} from './scan-all-helpers.js';

describe('Scan all, its worker stopped', {timeout: 240_000}, () => {
	const opened: Launched[] = [];
	afterEach(async () => {
		await Promise.all(opened.splice(0).map(async app => app.close()));
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
		// Which page was not read, and why, if one was not (a report lost while the worker restarts).
		expect((await scanState(app))!.steps.filter(step => step.outcome !== 'read').map(step => `${step.site}/${step.pageKind}: ${step.outcome}`)).toEqual([]);
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
});
