// @vitest-environment jsdom
import {afterEach, beforeEach, expect, test} from 'vitest';
import browser from 'webextension-polyfill';
import type {Catalog} from '../src/i18n/catalog.js';
import {catalogFor, loadCatalogs, registerCatalog} from '../src/i18n/catalogs.js';
import {renderMessage} from '../src/i18n/render.js';
import {uiLanguage} from '../src/i18n/t.js';

type Registry = {overshareCatalogs?: Record<string, Catalog>};
const setLanguage = (language: string) => {
	(browser.i18n as unknown as {language: string}).language = language;
};

// Each test starts as a freshly opened page, with no catalog yet; the ones test/setup.ts registered come back after.
let registered: Record<string, Catalog> = {};
beforeEach(() => {
	registered = (globalThis as Registry).overshareCatalogs ?? {};
	delete (globalThis as Registry).overshareCatalogs;
});
afterEach(() => {
	setLanguage('en');
	(globalThis as Registry).overshareCatalogs = registered;
	document.head.replaceChildren();
});

const scripts = () => [...document.head.querySelectorAll('script')].map(script => script.getAttribute('src'));
/** What a text-<lang>.js bundle does when it runs: register its catalog, then the script's load event. */
const run = (index: number, catalog?: Catalog) => {
	if (catalog) {
		registerCatalog(catalog);
	}

	document.head.querySelectorAll('script')[index]!.dispatchEvent(new Event(catalog ? 'load' : 'error'));
};
const fake = (language: string) => ({language, rules: {r: {title: `title ${language}`}}}) as unknown as Catalog;

test('a page loads its UI language\'s bundle only, before it renders, and then words messages with it', async () => {
	setLanguage('es-419');
	const loading = loadCatalogs(document, [uiLanguage()]);
	expect(scripts()).toEqual(['text-es.js']);
	run(0, fake('es'));
	await loading;
	expect(scripts()).toEqual(['text-es.js']);
	expect(catalogFor(uiLanguage()).language).toBe('es');
});

test('an English page loads text-en.js, and a browser language Overshare does not speak gets English', async () => {
	setLanguage('ja');
	const loading = loadCatalogs(document, [uiLanguage()]);
	expect(scripts()).toEqual(['text-en.js']);
	run(0, fake('en'));
	await loading;
	expect(catalogFor(uiLanguage()).language).toBe('en');
});

test('a bundle that fails to load leaves the page in English', async () => {
	setLanguage('es');
	const loading = loadCatalogs(document, [uiLanguage()]);
	run(0);
	await new Promise(resolve => setTimeout(resolve, 0));
	expect(scripts()).toEqual(['text-es.js', 'text-en.js']);
	run(1, fake('en'));
	await loading;
	expect(catalogFor(uiLanguage()).language).toBe('en');
});

test('the report page loads its language and English (for its download), each once', async () => {
	setLanguage('es');
	const loading = loadCatalogs(document, ['es', 'en', 'es']);
	run(0, fake('es'));
	await new Promise(resolve => setTimeout(resolve, 0));
	run(1, fake('en'));
	await loading;
	expect(scripts()).toEqual(['text-es.js', 'text-en.js']);
	expect([catalogFor('es').language, catalogFor('en').language]).toEqual(['es', 'en']);
});

test('with no catalog at all, messages render as their ids instead of breaking the page', () => {
	expect(renderMessage(catalogFor(uiLanguage()), {rule: 'address-visible', id: 'visible'})).toBe('visible');
});
