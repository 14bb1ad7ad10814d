import {execFileSync, spawnSync} from 'node:child_process';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {expect, test} from 'vitest';
import {auditPages} from '../src/cli/audit-pages.js';
import {listFixtures} from './fixtures.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const samples = listFixtures();
const sample = (pageKind: string, name: string) => samples.find(entry => entry.pageKind === pageKind && entry.name === name)!;

test('each page sample alone: the page, its fields and the findings', () => {
	for (const entry of samples) {
		const {pages, findings} = auditPages([entry]);
		expect(pages).toHaveLength(1);
		expect(pages[0]).toMatchObject({url: entry.url, site: entry.site, pageKind: entry.pageKind});
		for (const observed of Object.values(pages[0]!.fields)) {
			expect(observed.state === 'known' || typeof (observed as {reason?: string}).reason === 'string').toBe(true);
		}

		// Someone else's page, or a logged-out one, contributes nothing: no findings at all.
		if (!pages[0]!.ownProfile) {
			expect(findings).toEqual([]);
		}
	}
// One JSDOM parse per sample (150+ of them): over the default 5 s, and near 30 s, when the suite runs in parallel.
}, 60_000);

// Parses every risky sample in jsdom: seconds on a loaded machine, past vitest's 5 s default.
test('several pages merge as the extension merges them', () => {
	const risky = samples.filter(entry => entry.name === 'risky');
	const {pages, findings} = auditPages(risky);
	expect(pages.every(page => page.ownProfile && page.status === 'read')).toBe(true);
	expect(findings.filter(finding => finding.status === 'risk').length).toBeGreaterThan(5);
	// With every page kind visited, nothing is left for "page not visited".
	expect(findings.flatMap(finding => finding.missing ?? []).filter(missing => missing.reason === 'page-not-visited')).toEqual([]);
}, 30_000);

test('another person\'s page in the mix changes nothing', () => {
	const own = [sample('about-contact-and-basic-info', 'risky')];
	const withStranger = [...own, sample('about-places', 'not-own')];
	expect(auditPages(withStranger).findings).toEqual(auditPages(own).findings);
});

test('the command prints one JSON object, and refuses bad arguments', () => {
	const entry = sample('about-contact-and-basic-info', 'risky');
	// Node with tsx's loader, as `npm run audit` runs it, without the tsx command's own node process in between.
	const tsx = [process.execPath, '--import', 'tsx', 'src/cli/audit.ts'] as const;
	const output = execFileSync(tsx[0], [...tsx.slice(1), '--url', entry.url, entry.file], {cwd: root, encoding: 'utf8'});
	const parsed = JSON.parse(output);
	expect(Object.keys(parsed)).toEqual(['pages', 'findings']);
	expect(parsed.pages[0]).toMatchObject({site: 'facebook', pageKind: 'about-contact-and-basic-info', ownProfile: true});
	const bad = spawnSync(tsx[0], [...tsx.slice(1), entry.file], {cwd: root, encoding: 'utf8'});
	expect(bad.status).toBe(2);
	expect(bad.stderr).toMatch(/Usage/);
}, 30_000);
