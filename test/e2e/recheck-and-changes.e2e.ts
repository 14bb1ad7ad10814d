// The built extension in Chromium: a page that changes while open (live re-check), and a page
// that differs from the last visit (what changed since last time).
import {describe, expect, it} from 'vitest';
import {clickAsUser} from './as-user.js';
import {launchExtension, poll, type Launched} from './launch.js';
import {sample, samplesOf} from './samples.js';

describe('live re-check while a settings page is open', () => {
	it('a control the user changes turns its item ok and lowers the badge, without a reload', async () => {
		const contact = sample('about-contact-and-basic-info', 'risky');
		const find = sample('settings-find-and-contact', 'risky');
		const app = await launchExtension(samplesOf([contact, find]));
		const status = (local: Awaited<ReturnType<Launched['local']>>, ruleId: string) =>
			local.audit?.sites[0]?.findings.find(finding => finding.ruleId === ruleId)?.status;
		try {
			const {page: settings} = await app.visit(find.url);
			expect(status(await app.local(), 'search-engine-linking')).toBe('risk');
			// A real click on the switch: only its .checked property changes.
			await settings.getByRole('switch', {name: /search engines/i}).or(settings.locator('input[role="switch"]').first()).first().click();
			await poll(app.local, local => status(local, 'search-engine-linking') === 'ok', 5000, 'search-engine-linking ok');

			const {page: about} = await app.visit(contact.url);
			const before = (await app.local()).audit!.urgent;
			expect(status(await app.local(), 'address-visible')).toBe('risk');
			// The user opens the row's audience chooser (a real click), and Facebook re-renders the icon
			// after "Only me" is picked in its dialog (the chooser is not in the sample).
			await clickAsUser(about, about.locator('span', {hasText: /^Address$/}).locator('xpath=ancestor::*[contains(@class, "x78zum5")][1]').locator('[aria-label^="Shared with"]'));
			await about.evaluate(() => {
				const row = [...document.querySelectorAll('span')].find(span => span.textContent === 'Address')!.closest('.x78zum5')!;
				row.querySelector('[aria-label^="Shared with"]')!.setAttribute('aria-label', 'Shared with Only me');
			});
			const after = await poll(app.local, local => status(local, 'address-visible') === 'ok', 5000, 'address-visible ok');
			expect(after.audit!.urgent).toBe(before - 1);
			expect(await app.badge()).toBe(String(before - 1));
			const popup = await app.openActionPopup({tab: about});
			try {
				expect(await popup.evaluate('document.querySelector(\'li[data-rule="address-visible"]\').dataset.status')).toBe('ok');
			} finally {
				await popup.close();
			}
		} finally {
			await app.close();
		}
	});
});

describe('no re-read storms', () => {
	it('a page script that flips a switch, dispatches change events or re-renders on a timer is never read again', async () => {
		const find = sample('settings-find-and-contact', 'risky');
		const app = await launchExtension(samplesOf([find]));
		try {
			const {page} = await app.visit(find.url);
			const status = async () => (await app.local()).audit?.sites[0]?.findings.find(finding => finding.ruleId === 'search-engine-linking')?.status;
			expect(await status()).toBe('risk');
			// In Chromium the events are real: a script's dispatched change is untrusted, and the
			// change that follows a script's click() is trusted but comes without a user gesture.
			await page.evaluate(async () => {
				const input = document.querySelector<HTMLInputElement>('input[role="switch"], [role="main"] input[type="checkbox"]')!;
				input.click();
				input.dispatchEvent(new Event('change', {bubbles: true}));
				const main = document.querySelector('[role="main"]')!;
				for (let tick = 0; tick < 20; tick++) {
					main.append(document.createElement('div'));
					input.toggleAttribute('aria-checked');
					await new Promise(resolve => setTimeout(resolve, 50));
				}
			});
			await new Promise(resolve => setTimeout(resolve, 1500));
			expect(await status()).toBe('risk');
		} finally {
			await app.close();
		}
	});
});

describe('what changed since last time', () => {
	it('a setting that became more exposed between two visits shows in the popup', async () => {
		const before = sample('settings-find-and-contact', 'locked-down');
		const after = sample('settings-find-and-contact', 'risky');
		expect(after.url).not.toBe('');
		const app = await launchExtension({[before.url]: before.html});
		try {
			await (await app.visit(before.url)).page.close();
			// The site changes the page (here: the risky sample at the same address), the user comes back.
			app.serve({[before.url]: after.html});
			const {page} = await app.visit(before.url);
			const stored = await poll(app.local, local => Array.isArray((local as {changes?: unknown[]}).changes) && (local as {changes: unknown[]}).changes.length > 0, 10_000, 'a change record');
			expect(JSON.stringify(stored)).not.toContain('<');
			const popup = await app.openActionPopup({tab: page});
			try {
				const directions = await popup.evaluate<Record<string, string>>(
					'Object.fromEntries([...document.querySelectorAll(".changes li[data-field]")].map(li => [li.dataset.field, li.dataset.direction]))');
				expect(directions.friendsListAudience).toBe('more-exposed');
				expect(directions.searchEngineLinking).toBe('more-exposed');
			} finally {
				await popup.close();
			}
		} finally {
			await app.close();
		}
	});
});

