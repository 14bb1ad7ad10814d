import {readdirSync, readFileSync, statSync} from 'node:fs';
import {dirname, join, relative} from 'node:path';
import {fileURLToPath} from 'node:url';
import {expect, test} from 'vitest';
import {sites} from '../src/core/sites/index.js';
import {fixturesRoot, listFixtures, requiredCases} from './fixtures.js';
import {importCircles, importGraph, importSpecifiers} from './import-graph.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8'));

function sourceFiles(folder: string, extensions = /\.(ts|tsx|mjs)$/): string[] {
	return readdirSync(join(root, folder), {recursive: true, encoding: 'utf8'})
		.map(file => join(root, folder, file))
		.filter(file => statSync(file).isFile() && extensions.test(file));
}

test('every site reader folder is in the site catalog, and each id is its folder name and its description\'s file name', () => {
	const folders = readdirSync(join(root, 'content-scripts/sites'), {withFileTypes: true}).filter(entry => entry.isDirectory()).map(entry => entry.name);
	expect(sites.map(site => site.id).sort()).toEqual(folders.sort());
	for (const site of sites) {
		expect(statSync(join(root, 'src/core/sites', `${site.id}.ts`)).isFile(), site.id).toBe(true);
	}
});

test('each site has its own content script in the manifest, with exactly the site\'s matches', () => {
	const entries = manifest.content_scripts.map((script: {matches: string[]; js: string[]}) => ({js: script.js, matches: [...script.matches].sort()}));
	const expected = sites.map(site => ({js: [`content-${site.id}.js`], matches: [...site.matches].sort()}));
	expect(entries).toEqual(expected);
	for (const site of sites) {
		expect(statSync(join(root, 'content-scripts/sites', site.id, 'content.ts')).isFile(), site.id).toBe(true);
	}
});

// activeTab + scripting: "Save a page sample" is injected into the tab the user opened the popup over,
// when they ask (neither shows an install warning; no host gets lasting access).
test('the manifest asks only for storage, alarms, notifications, activeTab and scripting, each explained in the README, and no host permissions', () => {
	expect(manifest.permissions).toEqual(['storage', 'alarms', 'notifications', 'activeTab', 'scripting']);
	const readme = readFileSync(join(root, 'README.md'), 'utf8');
	for (const permission of manifest.permissions as string[]) {
		expect(readme, permission).toMatch(new RegExp(`^\\| \`${permission}\` \\| .{40,}`, 'm'));
	}

	expect(manifest.host_permissions).toBeUndefined();
	expect(manifest.optional_permissions).toBeUndefined();
});

test('every page kind has every required sample case, and every sample folder is a page kind', () => {
	const fixtures = listFixtures();
	for (const site of sites) {
		for (const pageKind of Object.keys(site.pages)) {
			const cases = fixtures.filter(fixture => fixture.site === site.id && fixture.pageKind === pageKind).map(fixture => fixture.name);
			expect(cases, `${site.id}/${pageKind}`).toEqual(expect.arrayContaining([...requiredCases]));
		}
	}

	for (const fixture of fixtures) {
		expect(sites.find(site => site.id === fixture.site)?.pages[fixture.pageKind], relative(fixturesRoot, fixture.file)).toBeDefined();
	}
});

test('no source or style file is over 250 lines', () => {
	const files = ['src', 'content-scripts', 'popup', 'test'].flatMap(folder => sourceFiles(folder, /\.(ts|tsx|mjs|css)$/)).filter(file => !file.includes('/fixtures/'));
	const long = files.filter(file => readFileSync(file, 'utf8').split('\n').length > 250).map(file => relative(root, file));
	expect(long).toEqual([]);
});

test('extension code never writes HTML from strings or evaluates code', () => {
	const files = ['src', 'content-scripts', 'popup'].flatMap(folder => sourceFiles(folder));
	const offending = files.filter(file => /innerHTML|outerHTML\s*=|insertAdjacentHTML|dangerouslySetInnerHTML|\beval\(|new Function\(/.test(readFileSync(file, 'utf8')));
	expect(offending.map(file => relative(root, file))).toEqual([]);
});

test('extension code makes no network requests', () => {
	const files = ['src', 'content-scripts', 'popup'].flatMap(folder => sourceFiles(folder)).filter(file => !file.includes('/cli/'));
	const offending = files.filter(file => /\b(fetch|XMLHttpRequest|WebSocket|EventSource|sendBeacon)\s*\(|new (XMLHttpRequest|WebSocket|EventSource)/.test(readFileSync(file, 'utf8')));
	expect(offending.map(file => relative(root, file))).toEqual([]);
});

/**
 * The house (README "Layout"): which rooms each room may import, beside itself. The engine imports no
 * runtime; the adapters only the engine's types; the runtimes the engine, the adapters and the
 * languages, never each other. The command line runs the content scripts' readers in jsdom.
 */
const rooms: Readonly<Record<string, readonly string[]>> = {
	'src/core': [],
	'src/browser': ['src/core'],
	'src/i18n': ['src/core', 'src/browser'],
	'src/background': ['src/core', 'src/browser', 'src/i18n'],
	'content-scripts': ['src/core', 'src/browser', 'src/i18n'],
	popup: ['src/core', 'src/browser', 'src/i18n', 'src/archive'],
	'src/cli': ['src/core', 'src/i18n', 'content-scripts', 'src/archive'],
	// Reading archives (zip.js behind one adapter), for the command line and the "Check a download" page.
	'src/archive': ['src/core'],
};
/** Packages only some rooms may use: the browser API behind the adapters, the UI library in the pages, Node in the command line. */
const packagesOnlyIn: Readonly<Record<string, readonly string[]>> = {
	'webextension-polyfill': ['src/browser'],
	preact: ['popup'],
	'preact/hooks': ['popup'],
	jsdom: ['src/cli'],
	'@zip.js/zip.js': ['src/archive'],
	'@zip.js/zip.js/lib/zip-core-custom.js': ['src/archive'],
};
const roomOf = (file: string): string | undefined => Object.keys(rooms).find(room => file.startsWith(`${room}/`));

test('every source file lives in one room of the house: nothing loose in src/', () => {
	const graph = importGraph(root, ['src', 'popup', 'content-scripts']);
	expect([...graph.keys()].filter(file => roomOf(file) === undefined)).toEqual([]);
});

test('each room imports only the rooms it may (type-only, side-effect and dynamic imports too)', () => {
	const graph = importGraph(root, ['src', 'popup', 'content-scripts'], {dynamic: true});
	const crossings = [...graph].flatMap(([file, {files}]) => files
		.filter(target => roomOf(target) !== roomOf(file) && !rooms[roomOf(file)!]!.includes(roomOf(target) ?? target))
		.map(target => `${file} imports ${target}`));
	expect(crossings).toEqual([]);
});

test('packages stay in their rooms: the browser API behind the adapters (at most five files), Preact in the pages, jsdom and Node in the command line', () => {
	const graph = importGraph(root, ['src', 'popup', 'content-scripts'], {dynamic: true});
	const misplaced = [...graph].flatMap(([file, {packages}]) => packages
		.filter(name => (Object.hasOwn(packagesOnlyIn, name) && !packagesOnlyIn[name]!.includes(roomOf(file)!)) || (name.startsWith('node:') && roomOf(file) !== 'src/cli'))
		.map(name => `${file} imports ${name}`));
	expect(misplaced).toEqual([]);
	const adapters = [...graph].filter(([, {packages}]) => packages.includes('webextension-polyfill'));
	expect(adapters.length).toBeGreaterThan(0);
	expect(adapters.length).toBeLessThanOrEqual(5);
});

test('the import reader sees plain, type-only, multi-line, side-effect, re-exported and dynamic imports', () => {
	const text = [
		"import type {SiteReaders} from '../../content-scripts/define-site-readers.js';",
		"import {\n\tfieldLabel,\n} from '../../popup/strings.js';",
		"import {sites, type SiteDescription} from './sites/index.js';",
		"import '../../content-scripts/run-content-script.js';",
		"export {siteReaders} from '../../content-scripts/sites/index.js';",
		"const later = await import('../../popup/review/review-strings.js');",
		"import browser from 'webextension-polyfill';",
	].join('\n');
	expect(importSpecifiers(text, {dynamic: true}).sort()).toEqual([
		'../../content-scripts/define-site-readers.js',
		'../../content-scripts/run-content-script.js',
		'../../content-scripts/sites/index.js',
		'../../popup/review/review-strings.js',
		'../../popup/strings.js',
		'./sites/index.js',
		'webextension-polyfill',
	]);
	expect(importSpecifiers(text)).not.toContain('../../popup/review/review-strings.js');
});

test('no import circles in the extension\'s code (static and type imports)', () => {
	const graph = importGraph(root, ['src', 'popup', 'content-scripts']);
	expect(graph.size).toBeGreaterThan(100);
	expect(importCircles(graph)).toEqual([]);
});
