// The X adapter in Chromium: every X page kind's risky sample, served at its real x.com URL, is read,
// stored and scored, and the toolbar popup lists the X rules at risk. Nothing is sent anywhere.
import {readFileSync} from 'node:fs';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import x from '../../src/core/sites/x.js';
import type {PageReading} from '../../src/core/model/page-reading.js';
import {withBioKinds} from '../../src/core/bio/bio-observations.js';
import {rules} from '../../src/core/rules/index.js';
import {expectedFile, listFixtures, type Fixture} from '../fixtures.js';
import {isAllowedRequest, launchExtension, readChecklist, type Launched} from './launch.js';

const risky = listFixtures().filter(fixture => fixture.site === 'x' && fixture.name === 'risky');
const xRules = rules.filter(rule => rule.fixes.x !== undefined && !rule.profiles).map(rule => rule.id);
// Someone else's profile, seen while signed in (its own URL): never read.
const otherProfile = listFixtures().find(fixture => fixture.site === 'x' && fixture.pageKind === 'profile' && fixture.name === 'not-own')!;

describe('X: own settings pages (risky samples)', () => {
	let app: Launched;

	beforeAll(async () => {
		app = await launchExtension(Object.fromEntries([...risky, otherProfile].map(fixture => [fixture.url, fixture.html])));
	});

	afterAll(async () => app?.close());

	it('has a risky sample for every X page kind', () => {
		expect(risky.map(fixture => fixture.pageKind).sort()).toEqual(Object.keys(x.pages).sort());
	});

	it('reads each page as the expected file says, and the popup lists every X rule at risk', async () => {
		for (const fixture of risky) {
			const {page, status} = await app.visit(fixture.url);
			expect(status, fixture.file).toBe('read');
			await page.close();
		}

		const stored = await app.local();
		for (const fixture of risky as Fixture[]) {
			// The stored reading is the expected one with its bio text scanned into kinds (and dropped).
			const expected = withBioKinds(JSON.parse(readFileSync(expectedFile(fixture), 'utf8')) as PageReading, 'en-US');
			expect(stored.pages!.x![fixture.pageKind]!.observations, fixture.file).toEqual(expected.observations);
		}

		const popup = await app.openActionPopup();
		try {
			const status = Object.fromEntries((await readChecklist(popup)).map(item => [item.rule, item.status]));
			expect(Object.fromEntries(xRules.map(rule => [rule, status[rule]]))).toEqual(Object.fromEntries(xRules.map(rule => [rule, 'risk'])));
		} finally {
			await popup.close();
		}

		// Then someone else's profile: reported as not yours, and your own profile's reading is kept as it was.
		const {page, status} = await app.visit(otherProfile.url);
		expect(status).toBe('not-own-profile');
		await page.close();
		expect((await app.local()).pages!.x!.profile!.observations).toEqual(stored.pages!.x!.profile!.observations);

		const allowed = new Set([...risky, otherProfile].map(fixture => new URL(fixture.url).href));
		expect(app.requests.filter(request => !isAllowedRequest(request, allowed, app.extensionId))).toEqual([]);
	});
});
