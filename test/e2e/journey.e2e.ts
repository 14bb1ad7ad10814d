// The "done when": a person goes from a dozen findings to none on the page samples using only
// the popup and the pages its "Show me" opens, without hunting through menus, by mouse and by
// keyboard in turn. The test plays the person: it presses Show me, reads the callout's steps, and
// changes the control the ring is drawn around (a click, Space, or the option the steps name); the
// extension clicks nothing. In English: the page samples of every page kind are English (Spanish ones
// exist for some); test/e2e/spanish.e2e.ts runs the browser in Spanish through Show me and a fix.
import {describe, expect, it} from 'vitest';
import type {Page} from 'playwright-core';
import {detectReadablePage} from '../../content-scripts/detect-readable-page.js';
import {extractPage} from '../../content-scripts/extract-page.js';
import {siteReaders} from '../../content-scripts/sites/index.js';
import type {Audit} from '../../src/core/model/audit.js';
import {recordPage} from '../../src/core/audit/record-page.js';
import {siteCatalog} from '../../src/background/site-catalog.js';
import {storageVersion} from '../../src/background/storage-migrate.js';
import type {StoredPages} from '../../src/core/model/stored-pages.js';
import {listFixtures, loadDocument} from '../fixtures.js';
import {chooseAsUser, clickAsUser} from './as-user.js';
import {launchExtension, poll, type Samples} from './launch.js';
import {ringedControl, type Ringed} from './ringed.js';

/**
 * Facebook and X, every page: the risky sample where every setting at risk is one control, the
 * locked-down one elsewhere (X's tagging and message settings are sub-pages and radio groups; Facebook's
 * other pages are covered by test/e2e/show-me.e2e.ts). X's profile editor shows the birth year publicly.
 */
const cases: Record<string, string> = {
	'facebook/settings-find-and-contact': 'risky', 'x/edit-profile': 'birth-year-public',
	'x/settings-ads': 'risky', 'x/settings-contacts': 'risky', 'x/settings-data-sharing': 'risky', 'x/settings-grok': 'risky', 'x/settings-location': 'risky',
};
const fixtures = listFixtures();
const pages = siteCatalog().filter(site => site.id === 'facebook' || site.id === 'x').flatMap(site => site.pages.map(page => {
	const name = cases[`${site.id}/${page.pageKind}`] ?? 'locked-down';
	const fixture = fixtures.find(candidate => candidate.site === site.id && candidate.pageKind === page.pageKind && candidate.name === name)!;
	// A page reached by a click (your own X profile) is served where its sample says it stands.
	return {site: site.id, pageKind: page.pageKind, url: page.reachedByClick ? fixture.url : page.url, html: fixture.html};
}));
const samples: Samples = Object.fromEntries(pages.map(page => [page.url, page.html]));

/**
 * Where the journey starts, without 17 page loads (~15 s): each sample read by the extractors the
 * content scripts run (test/extractors.test.ts holds them to the samples; test/e2e/scan-all.e2e.ts
 * checks that reading them in Chromium finds the same), recorded as the background records a page.
 * Every page the journey fixes is then opened and read in Chromium.
 */
function startingPoint(): {version: number; pages: StoredPages; audit: Audit} {
	let stored: {pages: StoredPages; audit?: Audit} = {pages: {}};
	for (const [index, {url, html}] of pages.entries()) {
		const reading = extractPage(detectReadablePage(siteReaders, url)!, loadDocument({url, html}));
		expect(reading.status, url).toBe('read');
		stored = recordPage(stored.pages, reading, Date.now() - 60_000 + index) ?? stored;
	}

	return {version: storageVersion, pages: stored.pages, audit: stored.audit!};
}

/** The choice the callout's steps name, if any: `Choose "Only me"`, `set "Year" to "Only you"` (a switch's step says "Turn off"). */
async function choiceInSteps(page: Page): Promise<string | undefined> {
	const steps = await page.evaluate(() => [...document.querySelector('[data-overshare-callout]')!.shadowRoot!.querySelectorAll('li')].map(step => step.textContent ?? ''));
	return steps.map(step => /(?:Choose| to) "([^"]+)"/.exec(step)?.[1]).find(Boolean);
}

/**
 * Facebook's audience chooser is not in the samples: once the user has opened it (click or Enter on
 * the control), the page re-renders the control with the audience picked, as Facebook does.
 */
async function facebookPicks(page: Page, audience: string): Promise<void> {
	await page.locator('[data-test-ringed]').evaluate((control, audience) => {
		const label = control.getAttribute('aria-label') ?? '';
		control.setAttribute('aria-label', label.startsWith('Shared with') ? `Shared with ${audience}` : `Edit privacy. Sharing with ${audience}.`);
		const value = control.querySelector('span[dir="auto"]');
		if (value) {
			value.textContent = audience;
		}
	}, audience);
}

/**
 * The site keeps the change: the page as it now stands (live .checked and selected options written
 * back as attributes, without the callout and the test's mark) is what the next visit loads.
 */
async function savedBySite(page: Page): Promise<string> {
	return page.evaluate(() => {
		const copy = document.documentElement.cloneNode(true) as HTMLElement;
		const live = [...document.querySelectorAll<HTMLInputElement>('input')];
		copy.querySelectorAll<HTMLInputElement>('input').forEach((input, index) => {
			input.toggleAttribute('checked', live[index]!.checked);
			if (input.type === 'text') {
				input.setAttribute('value', live[index]!.value);
			}
		});
		const options = [...document.querySelectorAll<HTMLOptionElement>('option')];
		copy.querySelectorAll<HTMLOptionElement>('option').forEach((option, index) => option.toggleAttribute('selected', options[index]!.selected));
		copy.querySelector('[data-overshare-callout]')?.remove();
		copy.querySelector('[data-test-ringed]')?.removeAttribute('data-test-ringed');
		return `<!doctype html>${copy.outerHTML}`;
	});
}

/** The person changes the ringed control as the steps say. By keyboard: Enter closes the callout, which puts focus on the control. */
async function change(page: Page, ringed: Ringed, choice: string | undefined, byKeyboard: boolean): Promise<string> {
	const control = page.locator('[data-test-ringed]');
	const focusable = ringed.tag === 'input' || ringed.tag === 'select' || ringed.role === 'button';
	if (byKeyboard && focusable) {
		await page.bringToFront();
		await page.keyboard.press('Enter');
		expect(await control.evaluate(element => element === document.activeElement)).toBe(true);
	}

	if (ringed.tag === 'select') {
		await chooseAsUser(page, control, choice!);
		return `select "${choice}" by arrow keys`;
	}

	// A text field (X's profile location): the person empties it and moves on (the change event fires).
	if (ringed.tag === 'input' && await control.evaluate(element => (element as HTMLInputElement).type === 'text')) {
		await (byKeyboard ? page.keyboard.press('ControlOrMeta+a').then(async () => page.keyboard.press('Backspace')) : control.fill(''));
		await page.keyboard.press('Tab');
		return byKeyboard ? 'select all, Backspace, Tab' : 'emptied, Tab';
	}

	if (ringed.tag === 'input') {
		await (byKeyboard ? page.keyboard.press('Space') : control.click());
		return byKeyboard ? 'Space' : 'click';
	}

	const audience = choice!;
	await (byKeyboard && focusable ? page.keyboard.press('Enter') : clickAsUser(page, control));
	await facebookPicks(page, audience);
	return `audience "${audience}"`;
}

describe('the journey from every finding to none', () => {
	it('using only the popup, Show me and the control it rings, by mouse and keyboard in turn', {timeout: 120_000}, async () => {
		const app = await launchExtension(samples);
		try {
			// The person has had their Facebook and X pages open once: their readings (see startingPoint) are in storage.
			await (await app.worker()).evaluate(async stored => chrome.storage.local.set(stored), startingPoint());
			const popup = await app.openPopup();
			const risks = popup.locator('li[data-status="risk"]');
			const start = await risks.count();
			expect(start).toBeGreaterThanOrEqual(12);
			expect(await popup.locator('li[data-status="unknown"]').count()).toBe(0);
			expect(await popup.locator('.all-fixed').count()).toBe(0);

			const done: string[] = [];
			for (let left = start, turn = 0; left > 0; turn++) {
				expect(turn, `stuck with ${left} left after ${done.join('; ')}`).toBeLessThan(start);
				const byKeyboard = turn % 2 === 1;
				const item = risks.first();
				const rule = await item.getAttribute('data-rule');
				const showMe = item.getByRole('button', {name: 'Show me'}).first();
				await popup.bringToFront();
				const opened = app.context.waitForEvent('page');
				if (byKeyboard) {
					// From the "Fix it" link before it, Tab reaches Show me; Enter presses it.
					await showMe.evaluate(button => (button.previousElementSibling as HTMLElement).focus());
					await popup.keyboard.press('Tab');
					expect(await showMe.evaluate(button => button === document.activeElement)).toBe(true);
					await popup.keyboard.press('Enter');
				} else {
					await showMe.click();
				}

				const page = await opened;
				const ringed = await ringedControl(page);
				expect(ringed.kind, `${rule}: the callout rings a control`).toBe('control');
				const choice = await choiceInSteps(page);
				expect(choice !== undefined || ringed.tag === 'input', `${rule}: the steps name the choice`).toBe(true);
				const how = await change(page, ringed, choice, byKeyboard);
				left = await poll(async () => risks.count(), count => count < left, 10_000, `fewer items at risk after ${rule} (${how})`);
				app.serve({[page.url()]: await savedBySite(page)});
				done.push(`${rule}: ${how} → ${left}`);
				await page.close();
			}

			await popup.bringToFront();
			await expect.poll(async () => popup.locator('.all-fixed').getAttribute('data-state')).toBe('all-fixed');
			expect(await popup.locator('.summary').textContent()).not.toMatch(/risk|couldn't/);
			expect(await app.badge()).toBe('');
		} finally {
			await app.close();
		}
	});
});
