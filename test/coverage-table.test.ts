import {readFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {expect, test} from 'vitest';
import {sites} from '../src/core/sites/index.js';
import {coverageEnd, coverageStart, coverageTable} from '../src/cli/coverage-table.js';

const readme = readFileSync(join(dirname(fileURLToPath(import.meta.url)), '..', 'README.md'), 'utf8');

test('README\'s coverage table is the one the adapters and rules give (run `npm run coverage-table`)', () => {
	const start = readme.indexOf(coverageStart);
	const end = readme.indexOf(coverageEnd);
	expect(start).toBeGreaterThan(0);
	expect(readme.slice(start + coverageStart.length, end).trim()).toBe(coverageTable());
});

test('it lists every page kind of every site, each with its fields and the date its facts were confirmed', () => {
	const rows = coverageTable().split('\n').slice(2);
	expect(rows).toHaveLength(sites.flatMap(site => Object.keys(site.pages)).length);
	for (const row of rows) {
		expect(row).toMatch(/\| \d{4}(-\d{2})? \([HML][^|]*\) \|$/);
	}
});
