// The Instagram adapter in Chromium: every Instagram page kind's risky sample, served at its real
// www.instagram.com URL, is read, stored and scored, and the toolbar popup lists the Instagram rules
// at risk. Nothing is sent anywhere.
import {readFileSync} from 'node:fs';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import instagram from '../../src/core/sites/instagram.js';
import type {PageReading} from '../../src/core/model/page-reading.js';
import {withBioKinds} from '../../src/core/bio/bio-observations.js';
import {inApp} from '../../src/core/model/audit.js';
import {rules} from '../../src/core/rules/index.js';
import {expectedFile, listFixtures, type Fixture} from '../fixtures.js';
import {isAllowedRequest, launchExtension, readChecklist, type Launched} from './launch.js';

const risky = listFixtures().filter(fixture => fixture.site === 'instagram' && fixture.name === 'risky');
// Rules fixed on Instagram's web pages; those about app-only settings wait for the user's answers.
const instagramRules = rules.filter(rule => rule.fixes.instagram !== undefined && rule.fixes.instagram.page !== inApp && !rule.profiles).map(rule => rule.id);

describe('Instagram: own settings pages (risky samples)', () => {
	let app: Launched;

	beforeAll(async () => {
		app = await launchExtension(Object.fromEntries(risky.map(fixture => [fixture.url, fixture.html])));
	});

	afterAll(async () => app?.close());

	it('has a risky sample for every Instagram page kind', () => {
		expect(risky.map(fixture => fixture.pageKind).sort()).toEqual(Object.keys(instagram.pages).sort());
	});

	it('reads each page as the expected file says, and the popup lists every Instagram rule at risk', async () => {
		for (const fixture of risky) {
			const {page, status} = await app.visit(fixture.url);
			expect(status, fixture.file).toBe('read');
			await page.close();
		}

		const stored = await app.local();
		for (const fixture of risky as Fixture[]) {
			// The stored reading is the expected one with its bio text scanned into kinds (and dropped).
			const expected = withBioKinds(JSON.parse(readFileSync(expectedFile(fixture), 'utf8')) as PageReading, 'en-US');
			expect(stored.pages!.instagram![fixture.pageKind]!.observations, fixture.file).toEqual(expected.observations);
		}

		const popup = await app.openActionPopup();
		try {
			const status = Object.fromEntries((await readChecklist(popup)).map(item => [item.rule, item.status]));
			expect(Object.fromEntries(instagramRules.map(rule => [rule, status[rule]])))
				.toEqual(Object.fromEntries(instagramRules.map(rule => [rule, 'risk'])));
		} finally {
			await popup.close();
		}

		const allowed = new Set(risky.map(fixture => new URL(fixture.url).href));
		expect(app.requests.filter(request => !isAllowedRequest(request, allowed, app.extensionId))).toEqual([]);
	});
});
