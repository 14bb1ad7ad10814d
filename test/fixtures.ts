import {readdirSync, readFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {JSDOM} from 'jsdom';
import {attachDeclaredShadowRoots, parsePage} from '../src/cli/parse-page.js';

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

/** Windows kept by reloadDocument, by sample file, oldest first: ~1.5 MB each. */
const kept = new Map<string, {document: Document; intact: Element}>();
const keptAtMost = 64;

/**
 * The sample as loadDocument parses it, in a window kept for it: each later call for the same sample
 * puts its tree back as parsed (a clone, its declared shadow roots attached again), a fraction of
 * what a new JSDOM costs (~20 ms, most of a parse). For a test that is done with the page before it
 * asks for the same sample again: the document an earlier call returned is this one, put back.
 */
export function reloadDocument(fixture: Pick<Fixture, 'file' | 'html' | 'url'>): Document {
	const page = kept.get(fixture.file);
	if (page) {
		page.document.replaceChild(page.intact.cloneNode(true), page.document.documentElement);
		attachDeclaredShadowRoots(page.document);
		return page.document;
	}

	const {document} = new JSDOM(fixture.html, {url: fixture.url}).window;
	// Cloned before its declared shadow roots are attached: a clone leaves attached ones behind.
	kept.set(fixture.file, {document, intact: document.documentElement.cloneNode(true) as Element});
	if (kept.size > keptAtMost) {
		kept.delete(kept.keys().next().value!);
	}

	attachDeclaredShadowRoots(document);
	return document;
}

export const expectedFile = (fixture: Fixture): string => fixture.file.replace(/\.html$/, '.expected.json');
