// The Google Account adapter in Chromium: every page kind's risky sample, served at its real
// myaccount.google.com / myactivity.google.com URL, is read, stored and scored, and the toolbar popup
// lists the Google rules at risk. A signed-out page, and one that does not show who is signed in, are
// read as such and store nothing. Turning Timeline off on its page ticks its item ok without a reload.
// Nothing is sent anywhere.
import {readFileSync} from 'node:fs';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import google from '../../src/core/sites/google.js';
import {inApp} from '../../src/core/model/audit.js';
import {rules} from '../../src/core/rules/index.js';
import {expectedFile, listFixtures, type Fixture} from '../fixtures.js';
import {isAllowedRequest, launchExtension, poll, readChecklist, type Launched} from './launch.js';

const samples = listFixtures().filter(fixture => fixture.site === 'google');
const risky = samples.filter(fixture => fixture.name === 'risky');
// Served at the same URLs as the risky ones, before them: each visit replaces the served page.
const signedOut = samples.find(fixture => fixture.pageKind === 'shared-endorsements' && fixture.name === 'logged-out')!;
const unconfirmed = samples.find(fixture => fixture.pageKind === 'connections' && fixture.name === 'not-own')!;
// Rules checked on Google's pages; teen-only prompts are not on an adult's checklist.
const googleRules = rules.filter(rule => rule.fixes.google !== undefined && rule.fixes.google.page !== inApp && !rule.profiles).map(rule => rule.id);

type Local = Awaited<ReturnType<Launched['local']>>;
const statusOf = (local: Local, ruleId: string) =>
	local.audit?.sites.find(site => site.site === 'google')?.findings.find(finding => finding.ruleId === ruleId)?.status;

describe('Google Account: own settings (risky samples)', () => {
	let app: Launched;

	beforeAll(async () => {
		app = await launchExtension({[signedOut.url]: signedOut.html, [unconfirmed.url]: unconfirmed.html});
	});

	afterAll(async () => app?.close());

	it('has a risky sample for every Google page kind, and at least 15 rules checked there', () => {
		expect(risky.map(fixture => fixture.pageKind).sort()).toEqual(Object.keys(google.pages).sort());
		expect(rules.filter(rule => rule.fixes.google !== undefined).length).toBeGreaterThanOrEqual(15);
	});

	it('reads nothing when signed out, or when the page does not show who is signed in', async () => {
		for (const [fixture, expected] of [[signedOut, 'logged-out'], [unconfirmed, 'account-unconfirmed']] as const) {
			const {page, status} = await app.visit(fixture.url);
			expect(status, fixture.file).toBe(expected);
			await page.close();
		}

		expect((await app.local()).pages?.google).toBeUndefined();
	});

	it('reads each page as the expected file says, and the popup lists every Google rule at risk', async () => {
		app.serve(Object.fromEntries(risky.map(fixture => [fixture.url, fixture.html])));
		for (const fixture of risky) {
			const {page, status} = await app.visit(fixture.url);
			expect(status, fixture.file).toBe('read');
			await page.close();
		}

		const stored = await app.local();
		for (const fixture of risky as Fixture[]) {
			const expected = JSON.parse(readFileSync(expectedFile(fixture), 'utf8')) as {observations: unknown};
			expect(stored.pages!.google![fixture.pageKind]!.observations, fixture.file).toEqual(expected.observations);
		}

		// Findings only: the signed-in address and the fictional values never reach storage.
		expect(JSON.stringify(stored)).not.toMatch(/robin\.example|Springfield|Alex Sample|Example Recipes/);

		const popup = await app.openActionPopup();
		try {
			const status = Object.fromEntries((await readChecklist(popup)).map(item => [item.rule, item.status]));
			expect(Object.fromEntries(googleRules.map(rule => [rule, status[rule]])))
				.toEqual(Object.fromEntries(googleRules.map(rule => [rule, 'risk'])));
		} finally {
			await popup.close();
		}

		const allowed = new Set([...risky, signedOut, unconfirmed].map(fixture => new URL(fixture.url).href));
		expect(app.requests.filter(request => !isAllowedRequest(request, allowed, app.extensionId))).toEqual([]);
	});

	it('turning Timeline off on its page ticks its item ok, without a reload', async () => {
		const timeline = risky.find(fixture => fixture.pageKind === 'activity-location')!;
		const {page} = await app.visit(timeline.url);
		expect(statusOf(await app.local(), 'location-history-on')).toBe('risk');
		// A real click on the switch, as the user's: only its .checked property changes.
		await page.locator('input[role="switch"]').click();
		await poll(app.local, local => statusOf(local, 'location-history-on') === 'ok', 5000, 'location-history-on ok');
		const popup = await app.openActionPopup({tab: page});
		try {
			expect(await popup.evaluate('document.querySelector(\'li[data-rule="location-history-on"]\').dataset.status')).toBe('ok');
		} finally {
			await popup.close();
			await page.close();
		}
	});
});
