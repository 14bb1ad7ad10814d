// A German X page, and Spanish Facebook and X pages, in Chromium: read like the English ones, stored, and listed at risk;
// then, in a browser whose UI language is Spanish (locale packs: Debian's chromium-l10n), the popup
// speaks Spanish, passes axe, and Show me by keyboard rings the control, whose change the popup hears.
import {readFileSync} from 'node:fs';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {expectedFile, listFixtures} from '../fixtures.js';
import {axeViolations} from './axe.js';
import {launchExtension, poll, readChecklist, type Launched} from './launch.js';
import {ringedControl} from './ringed.js';

const spanish = listFixtures().filter(fixture => ['x', 'facebook'].includes(fixture.site) && fixture.name === 'risky-es'
	&& ['settings-audience', 'settings-find-and-contact'].includes(fixture.pageKind));
// X in German: its words are not in X's bundle, the worker gives them to the page (content-scripts/page-labels.ts).
const german = listFixtures().filter(fixture => fixture.site === 'x' && fixture.name === 'risky-de' && fixture.pageKind === 'settings-contacts');

describe('Spanish pages', () => {
	let app: Launched;

	beforeAll(async () => {
		app = await launchExtension(Object.fromEntries([...spanish, ...german].map(fixture => [fixture.url, fixture.html])));
	});

	afterAll(async () => app?.close());

	it('a German X page is read with the words the worker gives, as its English counterpart is', async () => {
		expect(german).toHaveLength(1);
		const {page, status} = await app.visit(german[0]!.url);
		expect(status).toBe('read');
		await page.close();
		const english = JSON.parse(readFileSync(expectedFile({...german[0]!, file: german[0]!.file.replace('risky-de', 'risky')}), 'utf8')) as {observations: Record<string, {state: string}>};
		expect(Object.values(english.observations).every(observed => observed.state === 'known')).toBe(true);
		expect((await app.local()).pages!.x!['settings-contacts']!.observations).toEqual(english.observations);
	});

	it('are read as their English counterparts are, and their risks listed', async () => {
		expect(spanish).toHaveLength(2);
		for (const fixture of spanish) {
			const {page, status} = await app.visit(fixture.url);
			expect(status, fixture.file).toBe('read');
			await page.close();
		}

		const stored = await app.local();
		for (const fixture of spanish) {
			const english = JSON.parse(readFileSync(expectedFile({...fixture, file: fixture.file.replace('risky-es', 'risky')}), 'utf8')) as {observations: unknown};
			expect(stored.pages![fixture.site]![fixture.pageKind]!.observations, fixture.file).toEqual(english.observations);
		}

		const popup = await app.openActionPopup();
		try {
			const status = Object.fromEntries((await readChecklist(popup)).map(item => [item.rule, item.status]));
			expect([status['photo-tagging-anyone'], status['posts-unprotected'], status['friend-requests-from-anyone'], status['search-engine-linking']])
				.toEqual(['risk', 'risk', 'risk', 'risk']);
		} finally {
			await popup.close();
		}
	});

	it('in a Spanish browser: the popup in Spanish, Show me by keyboard, the change heard', {timeout: 90_000}, async () => {
		const es = await launchExtension(Object.fromEntries(spanish.map(fixture => [fixture.url, fixture.html])), {lang: 'es'});
		try {
			for (const fixture of spanish) {
				await (await es.visit(fixture.url)).page.close();
			}

			const popup = await es.openPopup();
			await popup.getByRole('button', {name: 'Revisar todo'}).waitFor();
			expect(await axeViolations(popup)).toEqual([]);
			const item = popup.locator('li[data-rule="posts-unprotected"]');
			expect(await item.getAttribute('data-status')).toBe('risk');
			const opened = es.context.waitForEvent('page');
			await item.getByRole('button', {name: /Muéstramelo/}).focus();
			await popup.keyboard.press('Enter');
			const page = await opened;
			const ringed = await ringedControl(page);
			expect(ringed.kind).toBe('control');
			expect(ringed.row).toContain('Protege tus posts');
			const callout = await page.evaluate(() => document.querySelector('[data-overshare-callout]')!.shadowRoot!.textContent ?? '');
			expect(callout).not.toContain('change this setting');
			await page.locator('[data-test-ringed]').click();
			await poll(async () => item.getAttribute('data-status'), status => status === 'ok', 15_000, 'posts-unprotected ok');
		} finally {
			await es.close();
		}
	});
});
