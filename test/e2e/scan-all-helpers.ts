// What the Scan all end-to-end tests share (scan-all.e2e.ts, scan-all-stops.e2e.ts): the pages a scan
// opens, their samples served at the scan's URLs, what visiting them by hand stores, and waits on the
// scan's stored state. Two files, so that the runner runs them side by side.
import {readFileSync} from 'node:fs';
import type {Page} from 'playwright-core';
import type {PageReading} from '../../src/core/model/page-reading.js';
import {withBioKinds} from '../../src/core/bio/bio-observations.js';
import type {ScanRecord} from '../../src/core/scan/scan-history.js';
import type {ScanState} from '../../src/core/scan/scan-state.js';
import {siteCatalog} from '../../src/background/site-catalog.js';
import type {StoredPages} from '../../src/core/model/stored-pages.js';
import {expectedFile, listFixtures, type Fixture} from '../fixtures.js';
import {launchExtension, poll, type Launched, type Samples} from './launch.js';

/** The pages Scan all opens: every page kind an address opens by itself. */
export const catalog = siteCatalog().map(site => ({...site, pages: site.pages.filter(page => !page.reachedByClick)}));
export const pageCount = catalog.flatMap(site => site.pages).length;

const fixtures = listFixtures();
export function fixtureOf(site: string, pageKind: string, name: string): Fixture {
	const fixture = fixtures.find(candidate => candidate.site === site && candidate.pageKind === pageKind && candidate.name === name);
	if (!fixture) {
		throw new Error(`No ${name} sample for ${site}/${pageKind}`);
	}

	return fixture;
}

/** Each page kind's sample of one case, served at the URL the scan opens (the page kind's own link). */
export function samplesAtScanUrls(name: string, overrides: Record<string, string> = {}): Samples {
	return Object.fromEntries(catalog.flatMap(site => site.pages.map(page =>
		[page.url, fixtureOf(site.id, page.pageKind, overrides[`${site.id}/${page.pageKind}`] ?? name).html])));
}

/** What visiting each page by hand stores: its sample's expected reading, bio text scanned into kinds (the per-site e2e tests check this in Chromium). */
export function readByHand(name: string): StoredPages {
	return Object.fromEntries(catalog.map(site => [site.id, Object.fromEntries(site.pages.map(page => {
		const expected = withBioKinds(JSON.parse(readFileSync(expectedFile(fixtureOf(site.id, page.pageKind, name)), 'utf8')) as PageReading, 'en-US');
		return [page.pageKind, {pageKind: page.pageKind, readAt: 0, observations: expected.observations}];
	}))]));
}

export const setPace = async (app: Launched, paceMs: number) => (await app.worker()).evaluate(async pace => chrome.storage.local.set({scanPaceMs: pace}), paceMs);

export const marks = (audit: {sites: Array<{site: string; findings: Array<{ruleId: string; status: string; severity: string}>}>} | undefined) =>
	(audit?.sites ?? []).flatMap(site => site.findings.map(({ruleId, status, severity}) => `${site.site}/${ruleId}: ${status} (${severity})`)).sort();

export async function setUp(samples: Samples, paceMs: number): Promise<{app: Launched; popup: Page}> {
	const app = await launchExtension(samples);
	await setPace(app, paceMs);
	const popup = await app.openPopup();
	return {app, popup};
}

export const scanState = async (app: Launched) => (await app.session() as unknown as {scan?: ScanState}).scan;
export const scans = async (app: Launched) => ((await app.local()) as {scans?: ScanRecord[]}).scans ?? [];
/** Waits for the `count`th scan record; on a timeout the error shows where the scan stood. */
export async function scanRecords(app: Launched, count: number, what: string): Promise<ScanRecord[]> {
	const progress = async () => {
		const state = await scanState(app);
		return {tabs: app.context.pages().map(page => page.url()), records: await scans(app), phase: state?.phase, at: state?.steps[state.current], outcomes: state?.steps.map(step => step.outcome ?? '-').join(',')};
	};

	return (await poll(progress, value => value.records.length >= count, scanMs, what)).records;
}
/** Tabs on a site: the scan's own (the browser's first blank tab and the popup tab are not). */
export const scanTabs = (app: Launched) => app.context.pages().filter(page => page.url().startsWith('https://'));
/** A whole scan takes ~15 s on an idle machine; these machines are shared, so the waits are generous. */
export const scanMs = 100_000;

