// The YouTube adapter in Chromium: every YouTube page kind's risky sample, served at its real
// www.youtube.com URL, is read, stored and scored, and the toolbar popup lists the YouTube rules at
// risk. Someone else's channel and a signed-out page store nothing. On Settings › Privacy, the user
// turns a switch on and its item turns ok without a reload (the live tick). Nothing is sent anywhere.
import {readFileSync} from 'node:fs';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import youtube from '../../src/core/sites/youtube.js';
import {inApp} from '../../src/core/model/audit.js';
import {rules} from '../../src/core/rules/index.js';
import {expectedFile, listFixtures, type Fixture} from '../fixtures.js';
import {clickAsUser} from './as-user.js';
import {isAllowedRequest, launchExtension, readChecklist, type Launched} from './launch.js';
import {poll} from './poll.js';

const samples = listFixtures().filter(fixture => fixture.site === 'youtube');
const find = (pageKind: string, name: string) => samples.find(fixture => fixture.pageKind === pageKind && fixture.name === name)!;
const risky = samples.filter(fixture => fixture.name === 'risky');
const notOwn = find('channel-about', 'not-own');
const signedOut = find('account-privacy', 'logged-out');
const privacy = find('account-privacy', 'risky');
// Rules fixed on YouTube's pages; teen-only prompts are not on an adult's checklist.
const youtubeRules = rules.filter(rule => rule.fixes.youtube !== undefined && rule.fixes.youtube.page !== inApp && !rule.profiles).map(rule => rule.id);

describe('YouTube: Settings › Privacy and your channel\'s About (risky samples)', () => {
	let app: Launched;
	const status = (local: Awaited<ReturnType<Launched['local']>>, ruleId: string) =>
		local.audit?.sites.find(site => site.site === 'youtube')?.findings.find(finding => finding.ruleId === ruleId)?.status;

	beforeAll(async () => {
		app = await launchExtension(Object.fromEntries([...risky, notOwn].map(fixture => [fixture.url, fixture.html])));
	});

	afterAll(async () => app?.close());

	it('has a risky sample for every YouTube page kind', () => {
		expect(risky.map(fixture => fixture.pageKind).sort()).toEqual(Object.keys(youtube.pages).sort());
	});

	it('reads nothing on someone else\'s channel or when signed out', async () => {
		for (const [fixture, expected] of [[notOwn, 'not-own-profile'], [signedOut, 'logged-out']] as const) {
			// The signed-out page has the risky page's address: served there for this visit only.
			app.serve({[fixture.url]: fixture.html});
			const {page, status: seen} = await app.visit(fixture.url);
			expect(seen, fixture.file).toBe(expected);
			await page.close();
		}

		app.serve({[privacy.url]: privacy.html});

		expect((await app.local()).pages?.youtube).toBeUndefined();
	});

	it('reads each page as the expected file says, and the popup lists every YouTube rule at risk', async () => {
		for (const fixture of risky) {
			const {page, status: seen} = await app.visit(fixture.url);
			expect(seen, fixture.file).toBe('read');
			await page.close();
		}

		const stored = await app.local();
		for (const fixture of risky as Fixture[]) {
			const expected = JSON.parse(readFileSync(expectedFile(fixture), 'utf8')) as {observations: Record<string, unknown>};
			// The About's description is stored as the kinds it mentions (bio fields), never as text.
			expect(stored.pages!.youtube![fixture.pageKind]!.observations, fixture.file).toMatchObject(expected.observations);
			expect(JSON.stringify(stored.pages!.youtube![fixture.pageKind]), fixture.file).not.toContain('555-0147');
		}

		const popup = await app.openActionPopup();
		try {
			const seen = Object.fromEntries((await readChecklist(popup)).map(item => [item.rule, item.status]));
			expect(Object.fromEntries(youtubeRules.map(rule => [rule, seen[rule]])))
				.toEqual(Object.fromEntries(youtubeRules.map(rule => [rule, 'risk'])));
		} finally {
			await popup.close();
		}

		const allowed = new Set([...risky, notOwn, signedOut].map(fixture => new URL(fixture.url).href));
		expect(app.requests.filter(request => !isAllowedRequest(request, allowed, app.extensionId))).toEqual([]);
	});

	it('live tick: the user turns on "Keep all my subscriptions private" and its item turns ok without a reload', async () => {
		const {page, status: seen} = await app.visit(privacy.url);
		expect(seen).toBe('read');
		expect(status(await app.local(), 'following-list-public')).toBe('risk');
		const toggle = page.locator('ytd-settings-switch-renderer', {hasText: 'Keep all my subscriptions private'}).locator('tp-yt-paper-toggle-button');
		// A real click on the switch; YouTube's toggle then reflects its state (the sample has no
		// YouTube code, so the page's own re-render is played here, as for Facebook's audience icon).
		await clickAsUser(page, toggle);
		await toggle.evaluate(element => {
			element.setAttribute('aria-pressed', 'true');
			element.toggleAttribute('checked', true);
		});
		await poll(app.local, local => status(local, 'following-list-public') === 'ok', 5000, 'following-list-public ok');
		// The other switch was not touched: still at risk.
		expect(status(await app.local(), 'saved-playlists-public')).toBe('risk');
		await page.close();
	});

	it('after an in-app navigation away and back, the embedded data is old: nothing is read, "reload"', async () => {
		const {page, status: seen} = await app.visit(privacy.url);
		expect(seen).toBe('read');
		const readAt = (await app.local()).pages!.youtube!['account-privacy']!.readAt;
		const since = Date.now();
		await page.evaluate(async () => {
			const heard = new Promise(resolve => (window as unknown as {navigation: EventTarget}).navigation.addEventListener('navigatesuccess', resolve, {once: true}));
			history.pushState({}, '', '/feed/subscriptions');
			await heard;
			history.pushState({}, '', '/account_privacy');
		});
		const reported = (value: {pageKind?: string; at: number; status: string}) => value.pageKind === 'account-privacy' && value.at >= since && value.status !== 'reading';
		const state = await poll(app.session, stored => Object.values(stored).some(reported), 15_000, 'the report after navigating back');
		expect(Object.values(state).find(reported)?.status).toBe('page-not-ready');
		expect((await app.local()).pages!.youtube!['account-privacy']!.readAt).toBe(readAt);
		await page.close();
	});
});
