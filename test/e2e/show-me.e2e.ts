// "Show me" in Chromium: the button on a finding opens the page that fixes it, and the content
// script points at the control in a callout of its own (shadow root) without touching the site's
// elements; on a page whose layout moved, the callout says so and offers the steps and the checkup.
import {afterEach, describe, expect, it} from 'vitest';
import type {Page} from 'playwright-core';
import {clickAsUser} from './as-user.js';
import {ringedControl} from './ringed.js';
import {launchExtension, poll, type Launched} from './launch.js';
import {sample} from './samples.js';

const postsUrl = 'https://www.facebook.com/settings/?tab=posts';

/** Visits the risky sample (the finding is at risk), then serves `then` at the same URL and presses Show me. */
async function pressShowMe(app: Launched, then: string): Promise<Page> {
	await (await app.visit(postsUrl)).page.close();
	app.serve({[postsUrl]: sample('settings-posts', then).html});
	const popup = await app.openPopup();
	const opened = app.context.waitForEvent('page');
	await popup.locator('li[data-rule="future-posts-public"]').getByRole('button', {name: 'Show me'}).click();
	const page = await opened;
	await page.waitForSelector('[data-overshare-callout]', {state: 'attached', timeout: 20_000});
	return page;
}

describe('Show me', () => {
	let app: Launched | undefined;
	afterEach(async () => app?.close());

	it('opens the fix page and rings the control of the finding, in its own shadow root, clicking nothing', async () => {
		app = await launchExtension({[postsUrl]: sample('settings-posts', 'risky').html});
		const page = await pressShowMe(app, 'risky');
		expect(page.url()).toBe(postsUrl);
		const result = await page.evaluate(() => {
			const host = document.querySelector('[data-overshare-callout]')!;
			const ring = host.shadowRoot!.querySelector('.ring')!.getBoundingClientRect();
			const under = document.elementFromPoint(ring.left + ring.width / 2, ring.top + ring.height / 2);
			const control = under?.closest('[role="button"]');
			// The control's row: the nearest ancestor holding text beside the control, and no other control.
			let row = control?.parentElement;
			while (row && (row.textContent ?? '').trim() === (control?.textContent ?? '').trim()) {
				row = row.parentElement;
			}

			const alone = row ? row.querySelectorAll('[role="button"][aria-label^="Edit privacy"]').length === 1 : false;
			return {
				kind: host.getAttribute('data-overshare-callout'),
				text: host.shadowRoot!.textContent,
				control: control?.getAttribute('aria-label') ?? null,
				rowText: alone ? row?.textContent ?? '' : 'several controls',
				hostInsideSite: Boolean(host.closest('[role="main"]')),
			};
		});
		expect(result.kind).toBe('control');
		expect(result.text).toContain('Overshare: change this setting');
		expect(result.control).toMatch(/^Edit privacy/);
		expect(result.rowText).toContain('Who can see your future posts?');
		expect(result.hostInsideSite).toBe(false);

		// The user makes the change the callout points at (Facebook re-renders the button's label after
		// "Friends" is picked in its dialog): the live re-check turns the item ok and the badge drops.
		// For a 13–15-year-old, future posts to Public are critical, so the badge counts them.
		const settings = await app.openPopup();
		await settings.getByLabel('A teen, 13–15').check();
		await poll(app.local, local => local.audit?.profile === 'teen13', 10_000, 'the teen profile');
		await settings.close();
		const badge = Number(await app.badge());
		expect(badge).toBeGreaterThan(0);
		// A real click on the ringed control opens Facebook's chooser (not in the sample), then the page re-renders it.
		await ringedControl(page);
		await clickAsUser(page, page.locator('[data-test-ringed]'));
		await page.evaluate(() => {
			const host = document.querySelector('[data-overshare-callout]')!;
			const ring = host.shadowRoot!.querySelector('.ring')!.getBoundingClientRect();
			const control = document.elementFromPoint(ring.left + ring.width / 2, ring.top + ring.height / 2)!.closest('[role="button"]')!;
			control.setAttribute('aria-label', 'Edit privacy. Sharing with Friends.');
			for (const span of control.querySelectorAll('span')) {
				span.textContent = span.textContent === 'Public' ? 'Friends' : span.textContent;
			}
		});
		const status = (local: Awaited<ReturnType<Launched['local']>>) =>
			local.audit?.sites.find(site => site.site === 'facebook')?.findings.find(finding => finding.ruleId === 'future-posts-public')?.status;
		await poll(app.local, local => status(local) === 'ok', 10_000, 'future-posts-public ok');
		expect(Number(await app.badge() || 0)).toBe(badge - 1);

		await page.evaluate(() => (document.querySelector('[data-overshare-callout]')!.shadowRoot!.querySelector('button') as HTMLButtonElement).click());
		expect(await page.locator('[data-overshare-callout]').count()).toBe(0);
	});

	it('says plainly when the control has moved, with the steps and the site\'s own checkup', async () => {
		app = await launchExtension({[postsUrl]: sample('settings-posts', 'risky').html});
		const page = await pressShowMe(app, 'changed-layout');
		const result = await page.evaluate(() => {
			const host = document.querySelector('[data-overshare-callout]')!;
			return {
				kind: host.getAttribute('data-overshare-callout'),
				text: host.shadowRoot!.textContent,
				steps: host.shadowRoot!.querySelectorAll('ol li').length,
				checkup: host.shadowRoot!.querySelector('a')?.getAttribute('href'),
				ring: host.shadowRoot!.querySelector('.ring'),
			};
		});
		expect(result.kind).toBe('not-found');
		expect(result.text).toContain("couldn't find this setting");
		expect(result.steps).toBeGreaterThan(0);
		expect(result.checkup).toBe('https://www.facebook.com/privacy/checkup/');
		expect(result.ring).toBeNull();
	});
});
