// Firefox lets a user withdraw an extension's access to a site. Then no content script runs there and
// nothing is read: the popup must say which sites, and how to give access back, rather than look like a
// site with nothing to find. (toolchain.md: with `extensions.originControls.grantByDefault` false, no
// site is granted at install — the state a user reaches by revoking every site.)
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {sites} from '../../../src/core/sites/index.js';
import {listFixtures} from '../../fixtures.js';
import {launchFirefox, type LaunchedFirefox} from './launch-firefox.js';

const sample = listFixtures().find(fixture => fixture.site === 'x' && fixture.name === 'risky')!;

describe('Firefox ESR: site access withdrawn', () => {
	let app: LaunchedFirefox;

	beforeAll(async () => {
		app = await launchFirefox({[sample.url]: sample.html}, {prefs: {'extensions.originControls.grantByDefault': false}});
	});

	afterAll(async () => app?.close());

	it('the popup names every site without access and how to give it back; nothing is read or stored', async () => {
		// Served by the harness; with no access, no content script runs on it.
		const page = await app.browser.newPage();
		await page.goto(sample.url, {waitUntil: 'load'});
		await new Promise(resolve => setTimeout(resolve, 1500));
		expect(await app.session()).toEqual({});
		expect((await app.local()).pages).toBeUndefined();

		const popup = await app.openPage();
		try {
			const notice = await popup.waitForSelector('[data-without-access]');
			expect((await notice!.evaluate(element => element.getAttribute('data-without-access')))!.split(' ').sort()).toEqual(sites.map(site => site.id).sort());
			expect(await notice!.evaluate(element => element.textContent)).toContain('extensions menu');
		} finally {
			await popup.close();
			await page.close();
		}
	});
});
