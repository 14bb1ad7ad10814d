import {existsSync, readFileSync, writeFileSync} from 'node:fs';
import {describe, expect, test} from 'vitest';
import {detectReadablePage} from '../content-scripts/detect-readable-page.js';
import {extractPage} from '../content-scripts/extract-page.js';
import {siteReaders} from '../content-scripts/sites/index.js';
import {auditSite} from '../src/core/audit/build-audit.js';
import {withBioKinds} from '../src/core/bio/bio-observations.js';
import {rules} from '../src/core/rules/index.js';
import {expectedFile, listFixtures, neverOkCases, reloadDocument} from './fixtures.js';

const fixtures = listFixtures();
// `UPDATE_EXPECTED=1 npm run test:unit` rewrites the expected files; review the diff like code.
const update = process.env.UPDATE_EXPECTED === '1';

describe.each(fixtures.map(fixture => [`${fixture.site}/${fixture.pageKind}/${fixture.name}`, fixture] as const))('%s', (_, fixture) => {
	test('says which URL it stands for and where its structure comes from', () => {
		expect(fixture.url).toMatch(/^https:\/\//);
		expect(fixture.provenance).toMatch(/^(synthetic|captured)/);
		expect(fixture.provenance).toMatch(/platform-pages(-[23])?\.md/);
	});

	test('its URL is its folder\'s page kind', () => {
		const detected = detectReadablePage(siteReaders, fixture.url);
		expect([detected?.site.id, detected?.pageKind]).toEqual([fixture.site, fixture.pageKind]);
	});

	test('extracts what its expected file says', () => {
		const detected = detectReadablePage(siteReaders, fixture.url)!;
		const reading = extractPage(detected, reloadDocument(fixture));
		if (update) {
			writeFileSync(expectedFile(fixture), `${JSON.stringify(reading, null, '\t')}\n`);
		}

		expect(existsSync(expectedFile(fixture)), 'every sample has an expected file (UPDATE_EXPECTED=1 writes it)').toBe(true);
		expect(reading).toEqual(JSON.parse(readFileSync(expectedFile(fixture), 'utf8')));
	});

	if (neverOkCases.has(fixture.name)) {
		test('reads nothing as known and produces no "ok" finding', () => {
			const detected = detectReadablePage(siteReaders, fixture.url)!;
			// Bio text, when a page reads one, counts too: it becomes the bio fields before anything is kept.
			const reading = withBioKinds(extractPage(detected, reloadDocument(fixture)));
			expect(Object.values(reading.observations).filter(observed => observed.state === 'known')).toEqual([]);
			const audit = auditSite(detected.site, [{pageKind: fixture.pageKind, readAt: 1, observations: reading.observations}], rules, 'adult');
			expect(audit.findings.filter(finding => finding.status === 'ok')).toEqual([]);
		});
	}
});
