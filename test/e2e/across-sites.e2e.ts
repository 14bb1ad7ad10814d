// A full birthdate pieced together across sites, in Chromium: Facebook shows the birthday without
// the year, X shows the year alone (a page-sample pair read by the real extractors). Neither site's
// own rule sees a full date; the cross-site rule does, names both sites, and gives each its fix, with
// a "Show me" per site that opens that site's page and rings the control there.
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {listFixtures, type Fixture} from '../fixtures.js';
import {chooseAsUser} from './as-user.js';
import {isAllowedRequest, launchExtension, poll, readChecklist, type Launched} from './launch.js';
import {ringedControl} from './ringed.js';

const find = (site: string, pageKind: string, name: string): Fixture =>
	listFixtures().find(fixture => fixture.site === site && fixture.pageKind === pageKind && fixture.name === name)!;
const facebook = find('facebook', 'about-basic-info', 'birthday-public-no-year');
const x = find('x', 'edit-profile', 'birth-year-public');
// Facebook's fix for the birthday is on "Contact and basic info": that page, with the same facts as
// above (day and month public, the year to no one), so reading it leaves the finding as it was.
const contactUrl = 'https://www.facebook.com/me/about_contact_and_basic_info';
const contact = find('facebook', 'about-contact-and-basic-info', 'risky').html
	.replace(/(Birth year<\/span><\/div><\/div>\s*<div aria-label=")Shared with Public/, '$1Shared with Only me');

describe('birthdate across sites', () => {
	let app: Launched;

	beforeAll(async () => {
		app = await launchExtension({[facebook.url]: facebook.html, [x.url]: x.html});
	});

	afterAll(async () => app?.close());

	it('finds the full birthdate from Facebook\'s day and month and X\'s year, naming both sites', async () => {
		for (const fixture of [facebook, x]) {
			const {page, status} = await app.visit(fixture.url);
			expect(status, fixture.file).toBe('read');
			await page.close();
		}

		const {audit} = await app.local() as {audit: {across?: Array<{ruleId: string; status: string; severity: string; involves?: Array<{site: string}>}>}};
		const across = audit.across?.find(finding => finding.ruleId === 'birthdate-across-sites');
		expect(across).toMatchObject({status: 'risk'});
		expect(across!.involves!.map(part => part.site).sort()).toEqual(['facebook', 'x']);

		const popup = await app.openActionPopup();
		try {
			const item = (await readChecklist(popup)).find(entry => entry.rule === 'birthdate-across-sites');
			expect(item?.status).toBe('risk');
			const text = await popup.evaluate<string>('document.querySelector(\'li[data-rule="birthdate-across-sites"]\').textContent');
			expect(text).toContain('Facebook');
			expect(text).toContain('X');
		} finally {
			await popup.close();
		}

		const served = new Set([facebook.url, x.url].map(url => new URL(url).href));
		expect(app.requests.filter(request => !isAllowedRequest(request, served, app.extensionId))).toEqual([]);
	});

	it('each site\'s part has a "Show me" that opens that site\'s page and rings its control; the fix there clears the finding', async () => {
		expect(contact).toContain('Shared with Only me');
		app.serve({[contactUrl]: contact});
		const popup = await app.openPopup();
		const part = (site: string) => popup.locator(`li[data-rule="birthdate-across-sites"] .site-part[data-site="${site}"]`).getByRole('button', {name: 'Show me'});
		const press = async (site: string) => {
			const opened = app.context.waitForEvent('page');
			await part(site).click();
			return opened;
		};

		const facebookPage = await press('facebook');
		const onFacebook = await ringedControl(facebookPage);
		expect(facebookPage.url()).toBe(contactUrl);
		expect(onFacebook).toMatchObject({kind: 'control', role: 'img', label: 'Shared with Public'});
		expect(onFacebook.row).toContain('Birth date');
		await facebookPage.close();

		// X shows the year publicly and the day and month to no one: the ring is on the year's select.
		const xPage = await press('x');
		const onX = await ringedControl(xPage);
		expect(xPage.url()).toBe(x.url);
		expect(onX).toMatchObject({kind: 'control', tag: 'select', testid: 'ProfileBirthdate_Year_Visibility'});
		await chooseAsUser(xPage, xPage.locator('[data-test-ringed]'), 'Only you');
		const status = async () => popup.locator('li[data-rule="birthdate-across-sites"]').getAttribute('data-status');
		await poll(status, value => value === 'ok', 10_000, 'birthdate-across-sites ok in the popup');
		await xPage.close();
		await popup.close();
	});
});
