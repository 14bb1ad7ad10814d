// The bio scan in Chromium: the risky X edit-profile sample's bio holds a phone number. The content
// script carries the text to the background once; what the extension stores (read through its own
// storage APIs) has the finding, and nothing of the number or the text.
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {listFixtures} from '../fixtures.js';
import {isAllowedRequest, launchExtension, readChecklist, type Launched} from './launch.js';

const editProfile = listFixtures().find(fixture => fixture.site === 'x' && fixture.pageKind === 'edit-profile' && fixture.name === 'risky')!;
const findAndContact = listFixtures().find(fixture => fixture.site === 'facebook' && fixture.pageKind === 'settings-find-and-contact' && fixture.name === 'risky')!;
// The number in the sample's bio, in every form it could be kept in.
const numberForms = ['(212) 555-0147', '212) 555-0147', '555-0147', '5550147', '2125550147', '+12125550147'];

/** Every string anywhere in a stored value: numbers (timestamps) are not text from the page. */
const strings = (value: unknown): string[] =>
	typeof value === 'string' ? [value] : typeof value === 'object' && value !== null ? Object.entries(value).flatMap(([key, inner]) => [key, ...strings(inner)]) : [];

describe('X bio with a phone number', () => {
	let app: Launched;

	beforeAll(async () => {
		app = await launchExtension({[editProfile.url]: editProfile.html, [findAndContact.url]: findAndContact.html});
	});

	afterAll(async () => app?.close());

	it('stores the finding, and no digit of the number nor any of the text', async () => {
		expect(editProfile.html).toContain('(212) 555-0147');
		const {page, status} = await app.visit(editProfile.url);
		expect(status).toBe('read');
		await page.close();

		const local = await app.local();
		expect(local.pages!.x!['edit-profile']!.observations.bioPhone).toEqual({state: 'known', value: 'shown', audience: 'public'});
		const stored = [...strings(local), ...strings(await app.session())];
		for (const form of numberForms) {
			expect(stored.filter(text => text.includes(form)), form).toEqual([]);
		}

		expect(stored.filter(text => /212|555|0147/.test(text))).toEqual([]);
		expect(stored.filter(text => /Bookings|sam@example|Baker|terrible puns/.test(text))).toEqual([]);

		const popup = await app.openActionPopup();
		try {
			const items = await readChecklist(popup);
			expect(items.find(item => item.rule === 'bio-phone')?.status).toBe('risk');
		} finally {
			await popup.close();
		}
	});

	it('with Facebook letting anyone look the account up by phone, shows the finding across accounts, naming both', async () => {
		const {page, status} = await app.visit(findAndContact.url);
		expect(status).toBe('read');
		await page.close();
		const across = (await app.local()).audit?.across?.find(finding => finding.ruleId === 'phone-shown-and-findable');
		expect(across?.status).toBe('risk');
		expect(across?.involves?.map(part => part.site)).toEqual(['x', 'facebook']);

		const popup = await app.openActionPopup();
		try {
			expect((await readChecklist(popup)).filter(item => item.rule === 'phone-shown-and-findable')).toEqual([{rule: 'phone-shown-and-findable', status: 'risk'}]);
		} finally {
			await popup.close();
		}

		const allowed = new Set([editProfile.url, findAndContact.url].map(url => new URL(url).href));
		expect(app.requests.filter(request => !isAllowedRequest(request, allowed, app.extensionId))).toEqual([]);
	});
});
