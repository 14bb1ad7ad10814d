// The Reddit adapter in Chromium: every Reddit page kind's risky sample, served at its real
// www.reddit.com URL, is read from inside the open shadow roots the browser attaches while parsing,
// stored and scored, and the toolbar popup lists the Reddit rules at risk. A signed-out page and
// one whose account is unconfirmed store nothing; a thread gets the address check alone. A live
// tick: the user's click on a switch, and Reddit's re-render of it, turn its item ok without a reload.
import {readFileSync} from 'node:fs';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import reddit from '../../src/core/sites/reddit.js';
import {rules} from '../../src/core/rules/index.js';
import {expectedFile, listFixtures, type Fixture} from '../fixtures.js';
import {clickAsUser} from './as-user.js';
import {isAllowedRequest, launchExtension, poll, readChecklist, type Launched} from './launch.js';

const samples = listFixtures().filter(fixture => fixture.site === 'reddit');
const risky = samples.filter(fixture => fixture.name === 'risky');
const privacy = risky.find(fixture => fixture.pageKind === 'settings-privacy')!;
const loggedOut = samples.find(fixture => fixture.pageKind === 'settings-profile' && fixture.name === 'logged-out')!;
const notOwn = samples.find(fixture => fixture.pageKind === 'settings-privacy' && fixture.name === 'not-own')!;
// A thread: not a page Overshare reads, so only its address is checked (a sample of our own, with settings-like words).
const thread = {url: 'https://www.reddit.com/r/example/comments/abc123/a_thread/', html: `<!DOCTYPE html><html lang="en"><body><main>${readFileSync(privacy.file, 'utf8')}</main></body></html>`};
const redditRules = rules.filter(rule => rule.fixes.reddit !== undefined && !rule.profiles).map(rule => rule.id);

describe('Reddit: Settings › Privacy and Settings › Profile (risky samples)', () => {
	let app: Launched;

	beforeAll(async () => {
		app = await launchExtension(Object.fromEntries([...risky, thread].map(fixture => [fixture.url, fixture.html])));
	});

	afterAll(async () => app?.close());

	it('has a risky sample for every Reddit page kind', () => {
		expect(risky.map(fixture => fixture.pageKind).sort()).toEqual(Object.keys(reddit.pages).sort());
	});

	it('reads nothing signed out, nor when the account is not confirmed, nor on a thread', async () => {
		// Both stand at a risky sample's address: served in its place for this test, then put back.
		for (const [fixture, expected] of [[loggedOut, 'logged-out'], [notOwn, 'account-unconfirmed']] as const) {
			app.serve({[fixture.url]: fixture.html});
			const {page, status} = await app.visit(fixture.url);
			expect(status, fixture.file).toBe(expected);
			await page.close();
		}

		app.serve(Object.fromEntries(risky.map(fixture => [fixture.url, fixture.html])));

		const tab = await app.context.newPage();
		const since = Date.now();
		await tab.goto(thread.url, {waitUntil: 'load'});
		const noted = await poll(app.session, stored => Object.values(stored).some(value => value.site === 'reddit' && value.at >= since), 15_000, 'the thread\'s note');
		expect(Object.values(noted).filter(value => value.site === 'reddit' && value.at >= since).map(value => [value.pageKind, value.status]))
			.toEqual([['', 'not-audited']]);
		await tab.close();
		expect((await app.local()).pages?.reddit).toBeUndefined();
	});

	it('reads each page from its shadow roots as the expected file says, and the popup lists every Reddit rule at risk', async () => {
		for (const fixture of risky) {
			const {page, status} = await app.visit(fixture.url);
			// The browser attached the declared shadow roots while parsing: the rows are in them, not in the page.
			expect(await page.evaluate(() => [...document.querySelectorAll('main > *')].some(host => host.shadowRoot?.querySelector('faceplate-switch-input')))).toBe(true);
			expect(await page.evaluate(() => document.querySelector('faceplate-switch-input'))).toBeNull();
			expect(status, fixture.file).toBe('read');
			await page.close();
		}

		const stored = await app.local();
		for (const fixture of risky as Fixture[]) {
			const expected = JSON.parse(readFileSync(expectedFile(fixture), 'utf8')) as {observations: unknown};
			expect(stored.pages!.reddit![fixture.pageKind]!.observations, fixture.file).toEqual(expected.observations);
		}

		const popup = await app.openActionPopup();
		try {
			const status = Object.fromEntries((await readChecklist(popup)).map(item => [item.rule, item.status]));
			expect(Object.fromEntries(redditRules.map(rule => [rule, status[rule]])))
				.toEqual(Object.fromEntries(redditRules.map(rule => [rule, 'risk'])));
		} finally {
			await popup.close();
		}

		const allowed = new Set([...risky, loggedOut, notOwn, thread].map(fixture => new URL(fixture.url).href));
		expect(app.requests.filter(request => !isAllowedRequest(request, allowed, app.extensionId))).toEqual([]);
	});

	it('live tick: the user switches "Show up in search results" off and the item turns ok without a reload', async () => {
		const statusIn = (local: Awaited<ReturnType<Launched['local']>>) =>
			local.audit?.sites.find(site => site.site === 'reddit')?.findings.find(finding => finding.ruleId === 'search-engine-linking')?.status;
		const {page} = await app.visit(privacy.url);
		expect(statusIn(await app.local())).toBe('risk');
		// Playwright's CSS locators go into open shadow roots: the user's real click on the switch.
		const control = page.locator('faceplate-switch-input[name="searchResults"]');
		await clickAsUser(page, control);
		// Reddit's component then re-renders its host's state (the sample has no Reddit code).
		await control.evaluate(host => {
			host.setAttribute('aria-checked', 'false');
			host.removeAttribute('checked');
		});
		await poll(app.local, local => statusIn(local) === 'ok', 5000, 'search-engine-linking ok');
		const popup = await app.openActionPopup({tab: page});
		try {
			expect(await popup.evaluate('document.querySelector(\'li[data-rule="search-engine-linking"]\').dataset.status')).toBe('ok');
		} finally {
			await popup.close();
			await page.close();
		}
	});
});
