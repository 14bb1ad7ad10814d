// Spanish Facebook and X pages in Chromium: read like the English ones, stored, and listed at risk.
// (The popup's own Spanish is tested in test/popup-spanish.test.tsx: this machine's Chromium ships
// only the en-US locale pack, so its extension UI language cannot be switched to Spanish here.)
import {readFileSync} from 'node:fs';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {expectedFile, listFixtures} from '../fixtures.js';
import {launchExtension, readChecklist, type Launched} from './launch.js';

const spanish = listFixtures().filter(fixture => ['x', 'facebook'].includes(fixture.site) && fixture.name === 'risky-es'
	&& ['settings-audience', 'settings-find-and-contact'].includes(fixture.pageKind));

describe('Spanish pages', () => {
	let app: Launched;

	beforeAll(async () => {
		app = await launchExtension(Object.fromEntries(spanish.map(fixture => [fixture.url, fixture.html])));
	});

	afterAll(async () => app?.close());

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
});
