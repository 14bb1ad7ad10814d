// Every site in Firefox ESR: each page kind's risky sample, served at its real URL, is read by the
// Firefox build (background as an event page, browser.* promises), stored as the expected file says,
// and the popup lists the site's rules at risk. Nothing is sent anywhere.
import {readFileSync} from 'node:fs';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {auditOf} from '../../../src/core/audit/record-page.js';
import {sites} from '../../../src/core/sites/index.js';
import {expectedFile, listFixtures} from '../../fixtures.js';
import {checklistScript} from '../action-popup.js';
import {poll} from '../poll.js';
import {launchFirefox, type LaunchedFirefox} from './launch-firefox.js';

const risky = listFixtures().filter(fixture => fixture.name === 'risky');

describe('Firefox ESR: every site\'s pages read and listed, the report and Review together', () => {
	let app: LaunchedFirefox;

	beforeAll(async () => {
		app = await launchFirefox(Object.fromEntries(risky.map(fixture => [fixture.url, fixture.html])));
	});

	afterAll(async () => app?.close());

	it.each(sites.map(site => site.id))('%s: each page read as its expected file says; the popup lists every rule at risk', async siteId => {
		const samples = risky.filter(fixture => fixture.site === siteId && !sites.find(site => site.id === siteId)!.pages[fixture.pageKind]?.reachedByClick);
		expect(samples.length).toBeGreaterThan(0);
		// One tab, as a user goes from page to page: each page is a new load that its content script reads
		// (a tab opened and closed per page cost ~0.3 s each, over 40 pages).
		const tab = await app.browser.newPage();
		for (const fixture of samples) {
			const {status} = await app.visit(fixture.url, {page: tab});
			expect(status, fixture.file).toBe('read');
		}

		await tab.close();

		// A visit ends when the page's report is noted for its tab; its record lands in local storage just
		// after (as in fix-flow.firefox.ts): wait for every page's record.
		const stored = await poll(async () => app.local(), local => samples.every(fixture => local.pages?.[siteId]?.[fixture.pageKind] !== undefined), 10_000, `${siteId}: every page stored`);
		for (const fixture of samples) {
			const expected = JSON.parse(readFileSync(expectedFile(fixture), 'utf8')) as {observations: Record<string, unknown>};
			// The bio's text is scanned into kinds before storing; compare the fields the page lists.
			const kept = stored.pages![siteId]![fixture.pageKind]!.observations as Record<string, unknown>;
			for (const [field, observed] of Object.entries(expected.observations)) {
				expect(kept[field], `${fixture.file} ${field}`).toEqual(observed);
			}
		}

		const popup = await app.openPage();
		try {
			// What the popup lists is the audit of what was stored (itself checked against the expected files above).
			const atRisk = auditOf(stored.pages!, 0).sites.find(site => site.site === siteId)!.findings
				.filter(finding => finding.status === 'risk' && !finding.prompt).map(finding => finding.ruleId);
			expect(atRisk.length).toBeGreaterThan(0);
			// The popup is read as soon as it has drawn past "Loading…" (openPage), which on a loaded machine can
			// be before every site's list is in: wait for the items, then compare (a timeout shows the last list).
			const listedAtRisk = async () => {
				const listed = Object.fromEntries((await popup.evaluate(checklistScript) as Array<{rule: string; status: string}>).map(item => [item.rule, item.status]));
				return Object.fromEntries(atRisk.map(rule => [rule, listed[rule]]));
			};
			const everyAtRisk = Object.fromEntries(atRisk.map(rule => [rule, 'risk']));
			const listed = await poll(listedAtRisk, value => JSON.stringify(value) === JSON.stringify(everyAtRisk), 10_000, `${siteId}: the popup to list every rule at risk`).catch(async () => listedAtRisk());
			expect(listed).toEqual(everyAtRisk);
		} finally {
			await popup.close();
		}

		expect(app.strays).toEqual([]);
	});

	it('the report lists what was read; Review together starts on the teen\'s accounts at risk', async () => {
		const report = await app.openPage('report.html');
		try {
			await report.waitForSelector('li[data-rule]');
			expect(await report.$$eval('li[data-status="risk"]', items => items.length)).toBeGreaterThan(10);
		} finally {
			await report.close();
		}

		const review = await app.openPage('review.html');
		try {
			await (await review.waitForSelector('::-p-aria(13 to 15)'))!.click();
			const start = await review.waitForSelector('::-p-aria(Start the review)');
			await start!.click();
			await review.waitForSelector('.review-item');
			expect(await review.$eval('.review-item', item => item.getAttribute('data-rule'))).toBeTruthy();
		} finally {
			await review.close();
		}

		expect(app.strays).toEqual([]);
	});
});
