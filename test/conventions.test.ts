import {readdirSync, readFileSync, statSync} from 'node:fs';
import {dirname, join, relative} from 'node:path';
import {fileURLToPath} from 'node:url';
import {expect, test} from 'vitest';
import {sites} from '../content-scripts/sites/index.js';
import {fixturesRoot, listFixtures, requiredCases} from './fixtures.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8'));

function sourceFiles(folder: string): string[] {
	return readdirSync(join(root, folder), {recursive: true, encoding: 'utf8'})
		.map(file => join(root, folder, file))
		.filter(file => statSync(file).isFile() && /\.(ts|tsx|mjs)$/.test(file));
}

test('every site folder is in the site list, and each id is its folder name', () => {
	const folders = readdirSync(join(root, 'content-scripts/sites'), {withFileTypes: true}).filter(entry => entry.isDirectory()).map(entry => entry.name);
	expect(sites.map(site => site.id).sort()).toEqual(folders.sort());
});

test('each site has its own content script in the manifest, with exactly the site\'s matches', () => {
	const entries = manifest.content_scripts.map((script: {matches: string[]; js: string[]}) => ({js: script.js, matches: [...script.matches].sort()}));
	const expected = sites.map(site => ({js: [`content-${site.id}.js`], matches: [...site.matches].sort()}));
	expect(entries).toEqual(expected);
	for (const site of sites) {
		expect(statSync(join(root, 'content-scripts/sites', site.id, 'content.ts')).isFile(), site.id).toBe(true);
	}
});

test('the manifest asks only for storage, alarms and notifications, each explained in the README, and no host permissions', () => {
	expect(manifest.permissions).toEqual(['storage', 'alarms', 'notifications']);
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

test('no source file is over 250 lines', () => {
	const files = ['src', 'content-scripts', 'popup', 'test'].flatMap(sourceFiles).filter(file => !file.includes('/fixtures/'));
	const long = files.filter(file => readFileSync(file, 'utf8').split('\n').length > 250).map(file => relative(root, file));
	expect(long).toEqual([]);
});

test('extension code never writes HTML from strings or evaluates code', () => {
	const files = ['src', 'content-scripts', 'popup'].flatMap(sourceFiles);
	const offending = files.filter(file => /innerHTML|outerHTML\s*=|insertAdjacentHTML|dangerouslySetInnerHTML|\beval\(|new Function\(/.test(readFileSync(file, 'utf8')));
	expect(offending.map(file => relative(root, file))).toEqual([]);
});

test('the worker and the engine never import the extension pages (src/ → popup/)', () => {
	const offending = sourceFiles('src').filter(file => /from '(\.\.\/)+popup\//.test(readFileSync(file, 'utf8')));
	expect(offending.map(file => relative(root, file))).toEqual([]);
});

test('the engine (src/core) reaches no browser API, worker or page: only type imports cross out of it', () => {
	const runtime = /^import (?!type\b)[^;]*from '(webextension-polyfill|(\.\.\/)+(browser|background|i18n|popup)\/[^']*)'/m;
	const offending = sourceFiles('src/core').filter(file => runtime.test(readFileSync(file, 'utf8')));
	expect(offending.map(file => relative(root, file))).toEqual([]);
});

test('extension code makes no network requests', () => {
	const files = ['src', 'content-scripts', 'popup'].flatMap(sourceFiles).filter(file => !file.includes('/cli/'));
	const offending = files.filter(file => /\b(fetch|XMLHttpRequest|WebSocket|EventSource|sendBeacon)\s*\(|new (XMLHttpRequest|WebSocket|EventSource)/.test(readFileSync(file, 'utf8')));
	expect(offending.map(file => relative(root, file))).toEqual([]);
});
