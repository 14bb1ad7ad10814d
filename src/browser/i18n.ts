import browser from 'webextension-polyfill';

/** The browser's UI language tag ("es-419"), or '' where the API is missing or throws. */
export function browserLanguage(): string {
	try {
		return browser.i18n.getUILanguage();
	} catch {
		return '';
	}
}

/**
 * One UI message of the extension's _locales, in the browser's UI language (falling back to the
 * default locale, as browsers do): '' for a key the browser does not know.
 */
export const browserMessage = (key: string, substitutions: readonly string[]): string => browser.i18n.getMessage(key, [...substitutions]);
