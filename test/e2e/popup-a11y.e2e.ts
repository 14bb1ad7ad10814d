// axe-core over the popup (opened as a page) in its main states: nothing checked yet; findings at
// risk, couldn't check and ok (light and dark); a scan in progress; the toolbar popup on someone
// else's profile, on a logged-out page, on a site Overshare does not read and on a Facebook page it
// does not check; everything fixed. 0 violations each.
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {axeViolations as violations} from './axe.js';
import {launchExtension, poll, type Launched} from './launch.js';
import {facebook, sample, samplesOf} from './samples.js';

const risky = facebook.filter(fixture => fixture.name === 'risky');

describe('popup accessibility (axe-core)', () => {
	let app: Launched;

	beforeAll(async () => {
		app = await launchExtension(samplesOf(risky));
	});

	afterAll(async () => app?.close());

	it('nothing checked yet', async () => {
		const popup = await app.openPopup({timeoutMs: 1000});
		expect(await violations(popup)).toEqual([]);
		await popup.close();
	});

	it('findings at risk, couldn\'t check and ok, light and dark', async () => {
		for (const fixture of risky.slice(0, 4)) {
			await (await app.visit(fixture.url)).page.close();
		}

		const popup = await app.openPopup();
		expect(await popup.locator('li[data-status="risk"]').count()).toBeGreaterThan(0);
		expect(await popup.locator('li[data-status="unknown"]').count()).toBeGreaterThan(0);
		expect(await violations(popup)).toEqual([]);
		await popup.emulateMedia({colorScheme: 'dark'});
		expect(await violations(popup)).toEqual([]);
		await popup.close();
	});

	it('a scan in progress', async () => {
		await (await app.worker()).evaluate(async () => chrome.storage.local.set({scanPaceMs: 5000}));
		const popup = await app.openPopup();
		await popup.getByRole('button', {name: 'Scan all'}).click();
		await popup.getByRole('button', {name: 'Cancel scan'}).waitFor();
		expect(await violations(popup)).toEqual([]);
		await popup.getByRole('button', {name: 'Cancel scan'}).click();
		await popup.close();
	});

	it('the toolbar popup on a settings page that did not show the account, and on a logged-out page', async () => {
		for (const name of ['not-own', 'logged-out']) {
			const url = `https://www.facebook.com/settings/?tab=posts&case=${name}`;
			app.serve({[url]: sample('settings-posts', name).html});
			const {page, status} = await app.visit(url);
			expect(status).toBe(name === 'not-own' ? 'account-unconfirmed' : 'logged-out');
			const popup = await app.openActionPopup({tab: page});
			try {
				expect(await popup.evaluate<number>('document.querySelectorAll(".notice").length')).toBeGreaterThan(0);
				expect(await violations(popup), name).toEqual([]);
			} finally {
				await popup.close();
				await page.close();
			}
		}
	});

	it('the toolbar popup on a site Overshare does not read, and on a Facebook page it does not check', async () => {
		const marketplace = 'https://www.facebook.com/marketplace/';
		app.serve({[marketplace]: '<!doctype html><html lang="en"><head><title>Marketplace</title></head><body><div role="main"><h1>Marketplace</h1></div></body></html>'});
		const other = await app.context.newPage();
		await other.goto('data:text/html,<title>Another site</title><h1>Another site</h1>');
		const facebookPage = await app.context.newPage();
		const since = Date.now();
		await facebookPage.goto(marketplace);
		await poll(app.session, stored => Object.values(stored).some(tab => tab.status === 'not-audited' && tab.at >= since), 10_000, 'the not-audited note');
		for (const [tab, status] of [[other, 'not-supported'], [facebookPage, 'not-audited']] as const) {
			const popup = await app.openActionPopup({tab});
			try {
				expect(await popup.evaluate<string | null>('document.querySelector("[data-tab-status]")?.dataset.tabStatus ?? null')).toBe(status);
				expect(await violations(popup), status).toEqual([]);
			} finally {
				await popup.close();
			}
		}

		await other.close();
		await facebookPage.close();
	});

	it('everything fixed', async () => {
		const fixed = await launchExtension(samplesOf(facebook.filter(fixture => fixture.name === 'locked-down')));
		try {
			for (const fixture of facebook.filter(candidate => candidate.name === 'locked-down')) {
				await (await fixed.visit(fixture.url)).page.close();
			}

			const popup = await fixed.openPopup();
			expect(await popup.locator('li[data-status="risk"]').count()).toBe(0);
			expect(await popup.locator('.all-fixed').getAttribute('data-state')).toBe('all-fixed');
			expect(await violations(popup)).toEqual([]);
		} finally {
			await fixed.close();
		}
	});
});
