// The fix flow in Firefox ESR, as test/e2e/show-me.e2e.ts and recheck-and-changes.e2e.ts run it in
// Chromium: Show me opens the fix page and rings the control of the finding (clicking nothing); the
// user's own change there turns the finding ok live, without a reload; a page script that flips the
// same control by itself is never read. Nothing is sent anywhere.
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {markRinged} from '../ringed.js';
import {sample} from '../samples.js';
import {poll} from '../poll.js';
import {launchFirefox, type LaunchedFirefox} from './launch-firefox.js';

const postsUrl = 'https://www.facebook.com/settings/?tab=posts';
const rule = 'future-posts-public';

/** Facebook re-renders the audience button after "Friends" is picked in its chooser (not in the sample). */
const renderFriends = () => {
	const control = document.querySelector('[data-test-ringed]') ?? document.querySelector('[role="button"][aria-label^="Edit privacy"]')!;
	control.setAttribute('aria-label', 'Edit privacy. Sharing with Friends.');
	for (const span of control.querySelectorAll('span')) {
		span.textContent = span.textContent === 'Public' ? 'Friends' : span.textContent;
	}
};

describe('Firefox ESR: the fix flow', () => {
	let app: LaunchedFirefox;
	const statusOf = async () => (await app.local()).audit?.sites.find(site => site.site === 'facebook')?.findings.find(finding => finding.ruleId === rule)?.status;

	beforeAll(async () => {
		app = await launchFirefox({[postsUrl]: sample('settings-posts', 'risky').html});
	});

	afterAll(async () => app?.close());

	it('Show me opens the fix page and rings the control, clicking nothing; the user\'s change turns it ok live', async () => {
		const {page: visited, status} = await app.visit(postsUrl);
		expect(status).toBe('read');
		await visited.close();
		await poll(statusOf, value => value === 'risk', 10_000, `${rule} at risk once read`);

		const popup = await app.openPage();
		const opened = app.browser.waitForTarget(target => target.url() === postsUrl, {timeout: 20_000});
		// A real click on the finding's own "Show me".
		await (await popup.waitForSelector(`li[data-rule="${rule}"] ::-p-aria(Show me)`))!.click();
		const page = (await (await opened).page())!;
		await page.waitForSelector('[data-overshare-callout]', {timeout: 20_000});
		const ringed = await page.evaluate(markRinged);
		expect(ringed.kind).toBe('control');
		expect(ringed.label).toMatch(/^Edit privacy/);
		expect(ringed.row).toContain('Who can see your future posts?');
		// Pointed at, not touched: the setting is as the site rendered it.
		expect(ringed.label).toContain('Public');
		expect(await page.$eval('[data-overshare-callout]', host => Boolean(host.closest('[role="main"]')))).toBe(false);

		// The user's own click on the ringed control (a trusted event), then the site re-renders it.
		await page.click('[data-test-ringed]');
		await page.evaluate(renderFriends);
		await poll(statusOf, value => value === 'ok', 10_000, `${rule} ok without a reload`);
		expect(page.url()).toBe(postsUrl);
		await page.close();
		await popup.close();
	});

	it('a page script that flips the control by itself, with events, is never read', async () => {
		const {page} = await app.visit(postsUrl);
		// The visit's reading is reported before its audit lands in storage: wait for it (risk again).
		await poll(statusOf, value => value === 'risk', 10_000, `${rule} at risk again on a fresh visit`);
		await page.evaluate(() => {
			const control = document.querySelector('[role="button"][aria-label^="Edit privacy"]')!;
			control.setAttribute('aria-label', 'Edit privacy. Sharing with Friends.');
			control.dispatchEvent(new MouseEvent('click', {bubbles: true}));
			control.dispatchEvent(new Event('change', {bubbles: true}));
		});
		// Longer than the re-check's debounce (400 ms), several times over.
		await new Promise(resolve => setTimeout(resolve, 2000));
		expect(await statusOf()).toBe('risk');
		await page.close();
	});

	it('sent nothing anywhere', () => {
		expect(app.strays).toEqual([]);
	});
});
