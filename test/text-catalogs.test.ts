// @vitest-environment jsdom
import {afterEach, expect, test} from 'vitest';
import browser from 'webextension-polyfill';
import {currentTextCatalog, loadTextCatalog, registerTextCatalog} from '../src/i18n/text-catalogs.js';
import type {TextCatalog} from '../src/i18n/text-catalog.js';

const setLanguage = (language: string) => {
	(browser.i18n as unknown as {language: string}).language = language;
};

afterEach(() => {
	setLanguage('en');
	delete (globalThis as {overshareTextCatalogs?: unknown}).overshareTextCatalogs;
	document.head.replaceChildren();
});

test('an English page loads no catalog bundle and has no catalog', async () => {
	await loadTextCatalog(document);
	expect(document.head.querySelector('script')).toBeNull();
	expect(currentTextCatalog()).toBeUndefined();
});

test('a Spanish page loads text-es.js before it renders, and then uses what it registered', async () => {
	setLanguage('es-419');
	const loading = loadTextCatalog(document);
	const script = document.head.querySelector('script')!;
	expect(script.getAttribute('src')).toBe('text-es.js');
	// What the bundle does when it runs:
	const catalog = {inApp: 'la app de {app}'} as unknown as TextCatalog;
	registerTextCatalog('es', catalog);
	script.dispatchEvent(new Event('load'));
	await loading;
	expect(currentTextCatalog()).toBe(catalog);
});

test('a bundle that fails to load leaves the English texts', async () => {
	setLanguage('es');
	const loading = loadTextCatalog(document);
	document.head.querySelector('script')!.dispatchEvent(new Event('error'));
	await loading;
	expect(currentTextCatalog()).toBeUndefined();
});
