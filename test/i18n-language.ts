import {vi} from 'vitest';
import browser from 'webextension-polyfill';
import {esText} from '../src/i18n/es/index.js';
import {registerTextCatalog} from '../src/i18n/text-catalogs.js';

/**
 * Makes the fake browser report another UI language, and forgets every imported module so that the
 * popup's strings (read once, when popup/strings.ts is imported) are read again: import the modules
 * under test after this, with `await import(…)`, and render with that import's own preact.
 */
export function useLanguage(language: string): void {
	(browser.i18n as unknown as {language: string}).language = language;
	// What loadTextCatalog does on an extension page (text-es.js registers the Spanish catalog).
	registerTextCatalog('es', esText);
	vi.resetModules();
}
