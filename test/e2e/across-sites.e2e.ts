// A full birthdate pieced together across sites, in Chromium: Facebook shows the birthday without
// the year, X shows the year alone (a page-sample pair read by the real extractors). Neither site's
// own rule sees a full date; the cross-site rule does, names both sites, and gives each its fix.
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {listFixtures, type Fixture} from '../fixtures.js';
import {isAllowedRequest, launchExtension, readChecklist, type Launched} from './launch.js';

const find = (site: string, pageKind: string, name: string): Fixture =>
	listFixtures().find(fixture => fixture.site === site && fixture.pageKind === pageKind && fixture.name === name)!;
const facebook = find('facebook', 'about-basic-info', 'birthday-public-no-year');
const x = find('x', 'edit-profile', 'birth-year-public');

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
});
