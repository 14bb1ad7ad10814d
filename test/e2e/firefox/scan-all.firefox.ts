// Scan all in Firefox ESR: the popup's button walks every page kind an address opens by itself, in one
// background tab the extension opens (served by the harness's browser-wide BiDi intercept), keeps the
// scan in its history, and stores what each page's expected file says. The background is an event page
// here: its alarms and storage.session carry the scan between pages.
import {readFileSync} from 'node:fs';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {siteCatalog} from '../../../src/background/site-catalog.js';
import type {ScanRecord} from '../../../src/core/scan/scan-history.js';
import {expectedFile, listFixtures} from '../../fixtures.js';
import {poll} from '../poll.js';
import {launchFirefox, type LaunchedFirefox} from './launch-firefox.js';

const steps = siteCatalog().flatMap(site => site.pages.filter(page => !page.reachedByClick).map(page => ({site: site.id, ...page})));
const risky = listFixtures().filter(fixture => fixture.name === 'risky');
const sampleOf = (site: string, pageKind: string) => risky.find(fixture => fixture.site === site && fixture.pageKind === pageKind)!;

describe('Firefox ESR: Scan all', () => {
	let app: LaunchedFirefox;

	beforeAll(async () => {
		app = await launchFirefox(Object.fromEntries(steps.map(step => [step.url, sampleOf(step.site, step.pageKind).html])));
	});

	afterAll(async () => app?.close());

	it('reads every page in one background tab, keeps the scan, and stores what visiting by hand stores', {timeout: 180_000}, async () => {
		const popup = await app.openPage();
		try {
			await popup.evaluate(async () => (globalThis as unknown as {browser: {storage: {local: {set(items: object): Promise<void>}}}}).browser.storage.local.set({scanPaceMs: 0}));
			await (await popup.waitForSelector('::-p-aria([name="Scan all"][role="button"])'))!.click();
			const scans = await poll(async () => ((await app.local()) as {scans?: ScanRecord[]}).scans ?? [], list => list.length > 0, 150_000, 'the scan to finish');
			expect(scans[0]!.outcome).toBe('finished');
			expect(scans[0]!.pagesRead).toHaveLength(steps.length);
		} finally {
			await popup.close();
		}

		const stored = await app.local();
		for (const step of steps) {
			const expected = JSON.parse(readFileSync(expectedFile(sampleOf(step.site, step.pageKind)), 'utf8')) as {observations: Record<string, unknown>};
			const kept = stored.pages![step.site]![step.pageKind]!.observations as Record<string, unknown>;
			for (const [field, observed] of Object.entries(expected.observations)) {
				expect(kept[field], `${step.site}/${step.pageKind} ${field}`).toEqual(observed);
			}
		}

		expect(app.strays).toEqual([]);
	});
});
