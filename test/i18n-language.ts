import {vi} from 'vitest';
import browser from 'webextension-polyfill';

/**
 * Makes the fake browser report another UI language, and forgets every imported module so that the
 * popup's strings (read once, when popup/strings.ts is imported) are read again: import the modules
 * under test after this, with `await import(…)`, and render with that import's own preact. The engine
 * catalogs are registered by test/page-catalogs.ts, as text-<lang>.js does on a page.
 */
export function useLanguage(language: string): void {
	(browser.i18n as unknown as {language: string}).language = language;
	vi.resetModules();
}
