import {readdirSync, readFileSync, statSync} from 'node:fs';
import {dirname, join, relative, resolve, sep} from 'node:path';
import {fileURLToPath} from 'node:url';
import {expect, test} from 'vitest';
import {sites} from '../src/core/sites/index.js';
import {fixturesRoot, listFixtures, requiredCases} from './fixtures.js';
import {importCircles, importGraph} from './import-graph.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8'));

function sourceFiles(folder: string): string[] {
	return readdirSync(join(root, folder), {recursive: true, encoding: 'utf8'})
		.map(file => join(root, folder, file))
		.filter(file => statSync(file).isFile() && /\.(ts|tsx|mjs)$/.test(file));
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

/** Every module a file's text imports or re-exports (type-only too), as a path from the project root; packages left out. */
function importsIn(text: string, file: string): string[] {
	const specifiers = [
		...text.matchAll(/^\s*(?:import|export)\b[^'"]*?\bfrom\s*['"]([^'"]+)['"]/gm),
		...text.matchAll(/^\s*import\s*['"]([^'"]+)['"]/gm),
		...text.matchAll(/\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g),
	].map(match => match[1]!);
	return specifiers.filter(specifier => specifier.startsWith('.'))
		.map(specifier => relative(root, resolve(dirname(file), specifier)).split(sep).join('/'));
}

/** `<file> imports <target>` for each import of the files that lands in one of the folders. */
const importsInto = (files: readonly string[], folders: readonly string[]): string[] => files
	.flatMap(file => importsIn(readFileSync(file, 'utf8'), file).filter(target => folders.some(folder => target.startsWith(`${folder}/`)))
		.map(target => `${relative(root, file).split(sep).join('/')} imports ${target}`));

test('the engine and the worker import nothing from the page or popup runtimes (the command line may run the readers)', () => {
	const files = sourceFiles('src').filter(file => !relative(root, file).startsWith(`src${sep}cli${sep}`));
	expect(importsInto(files, ['content-scripts', 'popup'])).toEqual([]);
});

test('the popup imports nothing from the content scripts', () => {
	expect(importsInto(sourceFiles('popup'), ['content-scripts'])).toEqual([]);
});

test('the import check sees plain, type-only, multi-line, side-effect, re-exported and dynamic imports', () => {
	const text = [
		"import type {SiteReaders} from '../../content-scripts/define-site-readers.js';",
		"import {\n\tfieldLabel,\n} from '../../popup/strings.js';",
		"import {sites, type SiteDescription} from './sites/index.js';",
		"import '../../content-scripts/run-content-script.js';",
		"export {siteReaders} from '../../content-scripts/sites/index.js';",
		"const later = await import('../../popup/review/review-strings.js');",
		"import browser from 'webextension-polyfill';",
	].join('\n');
	expect(importsIn(text, join(root, 'src/core/probe.ts')).sort()).toEqual([
		'content-scripts/define-site-readers.js',
		'content-scripts/run-content-script.js',
		'content-scripts/sites/index.js',
		'popup/review/review-strings.js',
		'popup/strings.js',
		'src/core/sites/index.js',
	]);
});

test('no import circles in the extension\'s code (static and type imports)', () => {
	const graph = importGraph(root, ['src', 'popup', 'content-scripts']);
	expect(graph.size).toBeGreaterThan(100);
	expect(importCircles(graph)).toEqual([]);
});

test('only the adapters in src/browser/ import webextension-polyfill, and there are at most five', () => {
	const importers = [...importGraph(root, ['src', 'popup', 'content-scripts'])]
		.filter(([, imports]) => imports.packages.includes('webextension-polyfill'))
		.map(([file]) => file);
	expect(importers.filter(file => !file.startsWith('src/browser/'))).toEqual([]);
	const adapters = importers.filter(file => file.startsWith('src/browser/'));
	expect(adapters.length).toBeGreaterThan(0);
	expect(adapters.length).toBeLessThanOrEqual(5);
});
