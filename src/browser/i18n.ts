/**
 * The browser's i18n, without webextension-polyfill: both calls are synchronous in every browser,
 * so the polyfill adds nothing here, and this adapter is the content scripts' only use of it
 * ("Show me" speaks the UI language): a third of each site's bundle.
 */
type I18n = {getUILanguage(): string; getMessage(key: string, substitutions: string[]): string};
const i18n = (): I18n => ((globalThis as {browser?: {i18n: I18n}}).browser ?? (globalThis as unknown as {chrome: {i18n: I18n}}).chrome).i18n;

/** The browser's UI language tag ("es-419"), or '' where the API is missing or throws. */
export function browserLanguage(): string {
	try {
		return i18n().getUILanguage();
	} catch {
		return '';
	}
}

/**
 * One UI message of the extension's _locales, in the browser's UI language (falling back to the
 * default locale, as browsers do): '' for a key the browser does not know.
 */
export const browserMessage = (key: string, substitutions: readonly string[]): string => i18n().getMessage(key, [...substitutions]);
