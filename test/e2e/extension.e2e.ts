// The built extension in Chromium, on page samples served at their real URLs:
// content script → background → storage.local → badge → popup, and nothing sent anywhere.
import {existsSync, readFileSync} from 'node:fs';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {Audit, Finding} from '../../src/core/model/audit.js';
import {isHighOrWorse} from '../../src/core/model/severity.js';
import {auditOf} from '../../src/core/audit/record-page.js';
import {rules} from '../../src/core/rules/index.js';
import {expectedFile, type Fixture} from '../fixtures.js';
import {facebook, sample, samplesOf} from './samples.js';
import {isAllowedRequest, launchExtension, poll, readChecklist, type Launched, type Samples} from './launch.js';

/** Nothing but the samples we served and the extension's own files: no request leaves. */
function expectNoRequestLeft(app: Launched, fixtures: readonly Fixture[]) {
	const allowed = new Set(fixtures.map(fixture => new URL(fixture.url).href));
	const strays = app.requests.filter(request => !isAllowedRequest(request, allowed, app.extensionId));
	expect(strays).toEqual([]);
	// The recorder did record something: the sample pages themselves.
	expect(app.requests.filter(request => allowed.has(new URL(request.url).href)).length).toBeGreaterThanOrEqual(fixtures.length);
}

const statusByRule = (findings: readonly Finding[]) => Object.fromEntries(findings.map(finding => [finding.ruleId, finding.status]));
const urgentCount = (audit: Audit) =>
	audit.sites.flatMap(site => site.findings).filter(finding => finding.status === 'risk' && isHighOrWorse(finding.severity)).length;

describe('own profile and settings (risky samples)', () => {
	// Four page kinds; settings-apps (connected apps) is left unvisited on purpose.
	const visitedKinds = ['about-contact-and-basic-info', 'about-places', 'settings-find-and-contact', 'settings-posts'];
	const unvisitedRule = 'connected-apps';
	let fixtures: Fixture[];
	let app: Launched;

	beforeAll(async () => {
		fixtures = visitedKinds.map(kind => sample(kind, 'risky'));
		app = await launchExtension(samplesOf(fixtures));
	});

	afterAll(async () => app?.close());

	it('reads each page, stores findings-level observations and the audit', async () => {
		for (const fixture of fixtures) {
			const {page, status} = await app.visit(fixture.url);
			expect(status, fixture.file).toBe('read');
			await page.close();
		}

		const stored = await app.local();
		expect(Object.keys(stored.pages?.facebook ?? {}).sort()).toEqual([...visitedKinds].sort());
		expect(stored.audit?.sites.map(site => site.site)).toEqual(['facebook']);

		// What the browser read equals the samples' expected readings (the same ones the unit tests check).
		for (const fixture of fixtures) {
			if (existsSync(expectedFile(fixture))) {
				const expected = JSON.parse(readFileSync(expectedFile(fixture), 'utf8')) as {observations: unknown};
				expect(stored.pages!.facebook![fixture.pageKind]!.observations, fixture.file).toEqual(expected.observations);
			}
		}

		// And the stored audit is the audit of those readings.
		const findings = stored.audit!.sites[0]!.findings;
		const expectedAudit = auditOf(stored.pages!, 0);
		expect(statusByRule(findings)).toEqual(statusByRule(expectedAudit.sites[0]!.findings));

		const status = statusByRule(findings);
		expect(status['birthdate-visible']).toBe('risk');
		expect(status[unvisitedRule]).toBe('unknown');
		expect(stored.audit!.urgent).toBe(urgentCount(stored.audit!));
		expect(stored.audit!.urgent).toBeGreaterThan(0);

		// The stored data holds no personal values from the pages (those of the contact sample's person).
		const serialized = JSON.stringify(stored);
		const contact = fixtures[0]!.html;
		const values = ['010-0142', 'Example Lane', 'alex.sample@example.com', 'Alex Sample'].filter(value => contact.includes(value));
		expect(values.length).toBeGreaterThan(0);
		for (const value of values) {
			expect(serialized).not.toContain(value);
		}
	});

	it('sets the badge to the number of high and critical risks', async () => {
		const {audit} = await app.local();
		expect(await app.badge()).toBe(String(urgentCount(audit!)));
	});

	it('shows the checklist in the toolbar popup: risks, and unknown for pages not visited', async () => {
		const {audit} = await app.local();
		const popup = await app.openActionPopup();
		try {
			const items = await readChecklist(popup);
			// One item per finding, with the stored status, and nothing else.
			expect(Object.fromEntries(items.map(item => [item.rule, item.status]))).toEqual(statusByRule(audit!.sites[0]!.findings));
			expect(items).toHaveLength(audit!.sites[0]!.findings.length);
			expect(await popup.evaluate('document.querySelectorAll(\'li[data-rule="birthdate-visible"][data-status="risk"]\').length')).toBe(1);
			expect(await popup.evaluate(`document.querySelectorAll('li[data-rule="${unvisitedRule}"][data-status="unknown"]').length`)).toBe(1);
			const ruleIds = new Set(rules.map(rule => rule.id));
			expect(items.filter(item => !ruleIds.has(item.rule))).toEqual([]);
		} finally {
			await popup.close();
		}
	});

	it('keeps the data when the service worker is stopped and restarted', async () => {
		const before = await app.local();
		const badge = await app.badge();
		await app.stopWorkers();
		// Reading storage now wakes the worker first (a message from an extension page, as the popup sends).
		expect(await app.local()).toEqual(before);
		expect(await app.badge()).toBe(badge);
		const popup = await app.openActionPopup();
		try {
			expect(Object.fromEntries((await readChecklist(popup)).map(item => [item.rule, item.status]))).toEqual(statusByRule(before.audit!.sites[0]!.findings));
		} finally {
			await popup.close();
		}
	});

	it('re-scores for a teen when the profile is switched in the popup, without reading pages again', async () => {
		const before = await app.local();
		const popup = await app.openActionPopup();
		try {
			await popup.evaluate('document.querySelector(\'input[name="profile"][value="teen13"]\').click()');
			const after = await poll(app.local, stored => stored.audit?.profile === 'teen13', 10_000, 'the teen audit');
			expect(after.pages).toEqual(before.pages);
			const severity = (stored: typeof before) => stored.audit!.sites[0]!.findings.find(finding => finding.ruleId === 'birthdate-visible')!.severity;
			expect([severity(before), severity(after)]).toEqual(['high', 'critical']);
			expect(after.audit!.urgent).toBeGreaterThan(before.audit!.urgent);
			expect(await app.badge()).toBe(String(after.audit!.urgent));
		} finally {
			await popup.close();
		}
	});

	it('sent nothing anywhere: every request was a served sample or the extension itself', async () => {
		expectNoRequestLeft(app, fixtures);
		// And the worker could not if it tried: connect-src 'none' refuses even a served URL before any request exists.
		const before = app.requests.length;
		const worker = await app.worker();
		const outcome = await worker.evaluate(async url => fetch(url).then(response => `status ${response.status}`, (error: Error) => error.name), fixtures[0]!.url);
		expect(outcome).toBe('TypeError');
		expect(app.requests.length).toBe(before);
	});
});

describe('pages that are not the user\'s own', () => {
	it('stores nothing from someone else\'s profile', async () => {
		const fixtures = ['about-contact-and-basic-info', 'about-places']
			.map(kind => facebook.find(fixture => fixture.pageKind === kind && fixture.name === 'not-own'))
			.filter((fixture): fixture is Fixture => fixture !== undefined);
		expect(fixtures.length, 'at least one not-own profile sample').toBeGreaterThan(0);
		const app = await launchExtension(samplesOf(fixtures));
		try {
			const visits = await Promise.all(fixtures.map(async fixture => app.visit(fixture.url)));
			expect(visits.map(visit => visit.status)).toEqual(fixtures.map(() => 'not-own-profile'));
			// Give a (wrong) write time to land before checking there was none.
			await new Promise(resolve => setTimeout(resolve, 300));
			expect(await app.local()).toEqual({});
			expect(await app.badge()).toBe('');
			// The toolbar popup on that tab says why nothing was read.
			const popup = await app.openActionPopup({tab: visits[0]!.page});
			try {
				expect(await popup.evaluate<string | null>('document.querySelector("[data-tab-status]")?.dataset.tabStatus ?? null')).toBe('not-own-profile');
				expect(await popup.evaluate<string>('document.body.textContent')).toContain('your own profile');
				expect(await popup.evaluate<number>('document.querySelectorAll("li[data-rule]").length')).toBe(0);
			} finally {
				await popup.close();
			}

			expectNoRequestLeft(app, fixtures);
		} finally {
			await app.close();
		}
	});

	it('stores nothing when logged out', async () => {
		const fixtures = ['about-contact-and-basic-info', 'settings-find-and-contact']
			.map(kind => facebook.find(fixture => fixture.pageKind === kind && fixture.name === 'logged-out'))
			.filter((fixture): fixture is Fixture => fixture !== undefined);
		expect(fixtures.length, 'at least one logged-out sample').toBeGreaterThan(0);
		const app = await launchExtension(samplesOf(fixtures));
		try {
			const visits = await Promise.all(fixtures.map(async fixture => app.visit(fixture.url, {timeoutMs: 20_000})));
			expect(visits.map(visit => visit.status)).toEqual(fixtures.map(() => 'logged-out'));
			await new Promise(resolve => setTimeout(resolve, 300));
			expect(await app.local()).toEqual({});
			expect(await app.badge()).toBe('');
			expectNoRequestLeft(app, fixtures);
		} finally {
			await app.close();
		}
	});
});

describe('damaged storage (issue 17.3)', () => {
	it('one stored observation set to null and an audit of the wrong shape: after a worker restart the popup says so once and shows the rest', async () => {
		const app = await launchExtension();
		try {
			const good = {pageKind: 'settings-posts', readAt: 1, observations: {futurePostsAudience: {state: 'known', value: 'public'}}};
			const damaged = {pageKind: 'settings-find-and-contact', readAt: 2, observations: {friendRequestsAudience: null, searchEngineLinking: {state: 'known', value: true}}};
			await (await app.worker()).evaluate(async store => chrome.storage.local.set(store),
				{version: 5, pages: {facebook: {'settings-posts': good, 'settings-find-and-contact': damaged}}, changes: [], scans: [], audit: {sites: [null]}});
			await app.stopWorkers();

			const popup = await app.openPopup();
			try {
				await popup.getByText('Some saved results were damaged and were reset.', {exact: false}).waitFor({timeout: 5000});
				const rules = await popup.evaluate(() => [...document.querySelectorAll('li[data-rule]')].map(item => item.getAttribute('data-rule')));
				expect(rules).toEqual(expect.arrayContaining(['future-posts-public', 'search-engine-linking']));
			} finally {
				await popup.close();
			}

			const stored = await app.local();
			expect(JSON.stringify(stored.pages)).not.toContain('null');
		} finally {
			await app.close();
		}
	});
});
