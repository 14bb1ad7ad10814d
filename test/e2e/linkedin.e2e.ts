// The LinkedIn adapter in Chromium: every LinkedIn page kind's risky sample, served at its real www.linkedin.com URL, is read,
// stored and scored, and the toolbar popup lists the LinkedIn rules at risk. Nothing is sent anywhere.
import {readFileSync} from 'node:fs';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import linkedin from '../../src/core/sites/linkedin.js';
import {rules} from '../../src/core/rules/index.js';
import {expectedFile, listFixtures, type Fixture} from '../fixtures.js';
import {isAllowedRequest, launchExtension, poll, readChecklist, type Launched} from './launch.js';

const risky = listFixtures().filter(fixture => fixture.site === 'linkedin' && fixture.name === 'risky');
const linkedinRules = rules.filter(rule => rule.fixes.linkedin !== undefined).map(rule => rule.id);
// LinkedIn shows the birthday as month and day only (platform-pages-2.md §4.3, M): the birth year is never on the profile.
const okOnLinkedIn = new Set(['birthdate-visible']);
const otherOverlay = listFixtures().find(fixture => fixture.site === 'linkedin' && fixture.pageKind === 'contact-info' && fixture.name === 'not-own')!;

describe('LinkedIn: own settings pages (risky samples)', () => {
	let app: Launched;

	beforeAll(async () => {
		app = await launchExtension(Object.fromEntries([...risky, otherOverlay].map(fixture => [fixture.url, fixture.html])));
	});

	afterAll(async () => app?.close());

	it('has a risky sample for every LinkedIn page kind', () => {
		expect(risky.map(fixture => fixture.pageKind).sort()).toEqual(Object.keys(linkedin.pages).sort());
	});

	it('reads each page as the expected file says, and the popup lists every LinkedIn rule at risk', async () => {
		for (const fixture of risky) {
			const {page, status} = await app.visit(fixture.url);
			expect(status, fixture.file).toBe('read');
			await page.close();
		}

		const stored = await app.local();
		for (const fixture of risky as Fixture[]) {
			const expected = JSON.parse(readFileSync(expectedFile(fixture), 'utf8')) as {observations: unknown};
			expect(stored.pages!.linkedin![fixture.pageKind]!.observations, fixture.file).toEqual(expected.observations);
		}

		const popup = await app.openActionPopup();
		try {
			const status = Object.fromEntries((await readChecklist(popup)).map(item => [item.rule, item.status]));
			expect(Object.fromEntries(linkedinRules.map(rule => [rule, status[rule]]))).toEqual(Object.fromEntries(linkedinRules.map(rule => [rule, okOnLinkedIn.has(rule) ? 'ok' : 'risk'])));
		} finally {
			await popup.close();
		}

		// Someone else's contact info: reported as not yours, and your own reading is kept as it was.
		const {page, status} = await app.visit(otherOverlay.url);
		expect(status).toBe('not-own-profile');
		await page.close();
		expect((await app.local()).pages!.linkedin!['contact-info']!.observations).toEqual(stored.pages!.linkedin!['contact-info']!.observations);

		const allowed = new Set([...risky, otherOverlay].map(fixture => new URL(fixture.url).href));
		expect(app.requests.filter(request => !isAllowedRequest(request, allowed, app.extensionId))).toEqual([]);
	});
});

describe('LinkedIn: a choice made on its own setting page ticks at once', () => {
	it('choosing "Nobody" on the email discovery page and switching off "Age" turn both items ok, without a reload', async () => {
		const discover = listFixtures().find(fixture => fixture.site === 'linkedin' && fixture.pageKind === 'discover-by-email' && fixture.name === 'risky')!;
		const age = listFixtures().find(fixture => fixture.site === 'linkedin' && fixture.pageKind === 'ads-by-age' && fixture.name === 'risky')!;
		const app = await launchExtension(Object.fromEntries([discover, age].map(fixture => [fixture.url, fixture.html])));
		const status = (local: Awaited<ReturnType<Launched['local']>>, ruleId: string) =>
			local.audit?.sites.find(site => site.site === 'linkedin')?.findings.find(finding => finding.ruleId === ruleId)?.status;
		try {
			const {page} = await app.visit(discover.url);
			expect(status(await app.local(), 'findable-by-email')).toBe('risk');
			// A real click on the label: only the radios' .checked properties change.
			await page.getByText('Nobody', {exact: true}).click();
			await poll(app.local, local => status(local, 'findable-by-email') === 'ok', 5000, 'findable-by-email ok');

			const {page: ads} = await app.visit(age.url);
			expect(status(await app.local(), 'linkedin-ads-by-age')).toBe('risk');
			await ads.getByRole('switch').click();
			await poll(app.local, local => status(local, 'linkedin-ads-by-age') === 'ok', 5000, 'linkedin-ads-by-age ok');
			const popup = await app.openActionPopup({tab: ads});
			try {
				expect(await popup.evaluate('[...document.querySelectorAll(\'li[data-rule="findable-by-email"], li[data-rule="linkedin-ads-by-age"]\')].map(item => item.dataset.status)')).toEqual(['ok', 'ok']);
			} finally {
				await popup.close();
			}
		} finally {
			await app.close();
		}
	});
});
