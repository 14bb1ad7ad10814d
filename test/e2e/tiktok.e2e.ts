// The TikTok adapter in Chromium: every TikTok page kind's risky sample, served at its real
// www.tiktok.com URL, is read, stored and scored, and the toolbar popup lists the TikTok rules at
// risk. A stranger's profile is read as not yours and stores nothing. Nothing is sent anywhere.
import {readFileSync} from 'node:fs';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import tiktok from '../../src/core/sites/tiktok.js';
import {inApp} from '../../src/core/model/audit.js';
import {rules} from '../../src/core/rules/index.js';
import {expectedFile, listFixtures, type Fixture} from '../fixtures.js';
import {isAllowedRequest, launchExtension, readChecklist, type Launched} from './launch.js';
import {poll} from './poll.js';

const samples = listFixtures().filter(fixture => fixture.site === 'tiktok');
const risky = samples.filter(fixture => fixture.name === 'risky');
const notOwn = samples.find(fixture => fixture.pageKind === 'profile' && fixture.name === 'not-own')!;
// Rules fixed or checked on TikTok's web pages; those about app-only settings wait for the user's answers,
// and teen-only prompts are not on an adult's checklist.
const tiktokRules = rules.filter(rule => rule.fixes.tiktok !== undefined && rule.fixes.tiktok.page !== inApp && !rule.profiles).map(rule => rule.id);

describe('TikTok: own profile and settings (risky samples)', () => {
	let app: Launched;

	beforeAll(async () => {
		app = await launchExtension(Object.fromEntries([...risky, notOwn].map(fixture => [fixture.url, fixture.html])));
	});

	afterAll(async () => app?.close());

	it('has a risky sample for every TikTok page kind', () => {
		expect(risky.map(fixture => fixture.pageKind).sort()).toEqual(Object.keys(tiktok.pages).sort());
	});

	it('reads nothing on someone else\'s profile', async () => {
		const {page, status} = await app.visit(notOwn.url);
		expect(status).toBe('not-own-profile');
		await page.close();
		expect((await app.local()).pages?.tiktok).toBeUndefined();
	});

	it('reads each page as the expected file says, and the popup lists every TikTok rule at risk', async () => {
		for (const fixture of risky) {
			const {page, status} = await app.visit(fixture.url);
			expect(status, fixture.file).toBe('read');
			await page.close();
		}

		const stored = await app.local();
		for (const fixture of risky as Fixture[]) {
			const expected = JSON.parse(readFileSync(expectedFile(fixture), 'utf8')) as {observations: unknown};
			expect(stored.pages!.tiktok![fixture.pageKind]!.observations, fixture.file).toEqual(expected.observations);
		}

		const popup = await app.openActionPopup();
		try {
			const status = Object.fromEntries((await readChecklist(popup)).map(item => [item.rule, item.status]));
			expect(Object.fromEntries(tiktokRules.map(rule => [rule, status[rule]])))
				.toEqual(Object.fromEntries(tiktokRules.map(rule => [rule, 'risk'])));
		} finally {
			await popup.close();
		}

		const allowed = new Set([...risky, notOwn].map(fixture => new URL(fixture.url).href));
		expect(app.requests.filter(request => !isAllowedRequest(request, allowed, app.extensionId))).toEqual([]);
	});

	it('after an in-app navigation away and back, the profile\'s embedded data is old: nothing is read, "reload"', async () => {
		const profile = risky.find(fixture => fixture.pageKind === 'profile')!;
		const {page, status} = await app.visit(profile.url);
		expect(status).toBe('read');
		const readAt = (await app.local()).pages!.tiktok!.profile!.readAt;
		const since = Date.now();
		// Each pushState is a same-document navigation: the content script hears it as the page does.
		await page.evaluate(async path => {
			const heard = new Promise(resolve => (window as unknown as {navigation: EventTarget}).navigation.addEventListener('navigatesuccess', resolve, {once: true}));
			history.pushState({}, '', '/foryou');
			await heard;
			history.pushState({}, '', path);
		}, new URL(profile.url).pathname);
		// The page's report, not the "reading" note sent while it renders.
		const reported = (value: {pageKind?: string; at: number; status: string}) => value.pageKind === 'profile' && value.at >= since && value.status !== 'reading';
		const state = await poll(app.session, stored => Object.values(stored).some(reported), 15_000, 'the report after navigating back');
		expect(Object.values(state).find(reported)?.status).toBe('page-not-ready');
		// The earlier reading stays: a page that could not be read changes nothing.
		expect((await app.local()).pages!.tiktok!.profile!.readAt).toBe(readAt);
		await page.close();
	});
});
