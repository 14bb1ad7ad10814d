import {readdirSync, readFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {parsePage} from '../src/cli/parse-page.js';

export const fixturesRoot = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');

/** The cases every page kind must have; the last four must never come out "ok". */
export const requiredCases = ['risky', 'locked-down', 'not-own', 'logged-out', 'other-language', 'changed-layout'] as const;
export const neverOkCases = new Set(['not-own', 'logged-out', 'other-language', 'changed-layout']);

export type Fixture = {site: string; pageKind: string; name: string; file: string; html: string; url: string; provenance: string};

/** Line 1 of every sample is `<!-- <URL it stands for> -->`; line 2 says where its structure comes from. */
export function readFixture(file: string): Pick<Fixture, 'html' | 'url' | 'provenance'> {
	const html = readFileSync(file, 'utf8');
	const [first = '', second = ''] = html.split('\n');
	const url = /^<!--\s*(https:\/\/\S+)\s*-->$/.exec(first.trim())?.[1] ?? '';
	const provenance = /^<!--\s*(.+?)\s*-->$/.exec(second.trim())?.[1] ?? '';
	return {html, url, provenance};
}

/** test/fixtures/<site>/<page-kind>/<case>.html, discovered: a new case needs no test code. */
export function listFixtures(): Fixture[] {
	const fixtures: Fixture[] = [];
	for (const site of readdirSync(fixturesRoot, {withFileTypes: true}).filter(entry => entry.isDirectory())) {
		for (const kind of readdirSync(join(fixturesRoot, site.name), {withFileTypes: true}).filter(entry => entry.isDirectory())) {
			for (const file of readdirSync(join(fixturesRoot, site.name, kind.name)).filter(name => name.endsWith('.html'))) {
				const path = join(fixturesRoot, site.name, kind.name, file);
				fixtures.push({site: site.name, pageKind: kind.name, name: file.replace(/\.html$/, ''), file: path, ...readFixture(path)});
			}
		}
	}

	return fixtures;
}

/**
 * Parses a sample at its real URL, the way the content script sees the live page: with the shadow
 * roots it declares attached, as the browser attaches them (jsdom does not).
 */
export const loadDocument = (fixture: Pick<Fixture, 'html' | 'url'>): Document => parsePage(fixture.html, fixture.url);

export const expectedFile = (fixture: Fixture): string => fixture.file.replace(/\.html$/, '.expected.json');
