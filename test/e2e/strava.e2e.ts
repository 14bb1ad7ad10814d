// The Strava adapter in Chromium: every Strava page kind's risky sample, served at its real
// www.strava.com URL, is read as its expected file says and the toolbar popup lists the Strava rules at
// risk. Someone else's athlete page and a signed-out page store nothing. On Privacy Controls, the
// user's own click on a checkbox turns its finding ok without a reload. Nothing is sent anywhere.
import {readFileSync} from 'node:fs';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import strava from '../../src/core/sites/strava.js';
import {rules} from '../../src/core/rules/index.js';
import {expectedFile, listFixtures, type Fixture} from '../fixtures.js';
import {clickAsUser} from './as-user.js';
import {isAllowedRequest, launchExtension, poll, readChecklist, type Launched} from './launch.js';

const samples = listFixtures().filter(fixture => fixture.site === 'strava');
const risky = samples.filter(fixture => fixture.name === 'risky');
const sample = (pageKind: string, name: string): Fixture => samples.find(fixture => fixture.pageKind === pageKind && fixture.name === name)!;
const notOwn = sample('athlete', 'not-own');
const loggedOut = sample('settings-privacy', 'logged-out');
// Teen-only prompts are not on an adult's checklist.
const stravaRules = rules.filter(rule => rule.fixes.strava !== undefined && !rule.profiles).map(rule => rule.id);
const served = (fixtures: readonly Fixture[]) => Object.fromEntries(fixtures.map(fixture => [fixture.url, fixture.html]));

describe('Strava: Privacy Controls, your athlete page and My Apps (risky samples)', () => {
	let app: Launched;

	beforeAll(async () => {
		app = await launchExtension(served([notOwn, loggedOut]));
	});

	afterAll(async () => app?.close());

	it('has a risky sample for every Strava page kind', () => {
		expect(risky.map(fixture => fixture.pageKind).sort()).toEqual(Object.keys(strava.pages).sort());
	});

	it('reads nothing on someone else\'s athlete page or when signed out', async () => {
		for (const [fixture, expected] of [[notOwn, 'not-own-profile'], [loggedOut, 'logged-out']] as const) {
			const {page, status} = await app.visit(fixture.url);
			expect(status, fixture.file).toBe(expected);
			await page.close();
		}

		expect((await app.local()).pages?.strava).toBeUndefined();
	});

	it('reads each page as the expected file says, and the popup lists every Strava rule at risk', async () => {
		app.serve(served(risky));
		for (const fixture of risky) {
			const {page, status} = await app.visit(fixture.url);
			expect(status, fixture.file).toBe('read');
			await page.close();
		}

		const stored = await app.local();
		for (const fixture of risky) {
			const expected = JSON.parse(readFileSync(expectedFile(fixture), 'utf8')) as {observations: unknown};
			expect(stored.pages!.strava![fixture.pageKind]!.observations, fixture.file).toEqual(expected.observations);
		}

		// Findings only: nothing of the page's CurrentAthlete (place names, coordinates, names) is kept.
		expect(JSON.stringify(stored)).not.toMatch(/Springfield|Fictionland|lat_lng|Placeholder/);

		const popup = await app.openActionPopup();
		try {
			const status = Object.fromEntries((await readChecklist(popup)).map(item => [item.rule, item.status]));
			expect(Object.fromEntries(stravaRules.map(rule => [rule, status[rule]])))
				.toEqual(Object.fromEntries(stravaRules.map(rule => [rule, 'risk'])));
		} finally {
			await popup.close();
		}
	});

	it('on the fix page, unchecking the heatmap box as a user would turns "strava-heatmap" ok without a reload', async () => {
		const privacy = sample('settings-privacy', 'risky');
		const finding = async (ruleId: string) => (await app.local()).audit?.sites.find(site => site.site === 'strava')
			?.findings.find(item => item.ruleId === ruleId)?.status;
		const {page} = await app.visit(privacy.url);
		expect(await finding('strava-heatmap')).toBe('risk');
		await clickAsUser(page, page.getByLabel('Contribute your activity data to de-identified, aggregate data sets'));
		await poll(async () => finding('strava-heatmap'), status => status === 'ok', 5000, 'strava-heatmap ok');

		// And a radio: Activities › Only You clears the activity-map finding too.
		await clickAsUser(page, page.getByRole('group', {name: 'Activities', exact: true}).getByLabel('Only You'));
		await poll(async () => finding('strava-activities-visible'), status => status === 'ok', 5000, 'strava-activities-visible ok');

		const popup = await app.openActionPopup({tab: page});
		try {
			expect(await popup.evaluate('document.querySelector(\'li[data-rule="strava-heatmap"]\').dataset.status')).toBe('ok');
		} finally {
			await popup.close();
			await page.close();
		}

		const allowed = new Set([...risky, notOwn, loggedOut].map(fixture => new URL(fixture.url).href));
		expect(app.requests.filter(request => !isAllowedRequest(request, allowed, app.extensionId))).toEqual([]);
	});
});
