import browser from 'webextension-polyfill';
import type messages from '../../_locales/en/messages.json';

/** Every key of _locales/en/messages.json; _locales/es has the same keys (test/i18n-keys.test.ts). */
export type MessageKey = keyof typeof messages;
/** Keys with plural forms (`<base>_one`, `<base>_other`): pass the base to `plural`. */
export type PluralKey = MessageKey extends infer K ? K extends `${infer Base}_other` ? Base : never : never;

/** The UI languages with complete translations; anything else gets English, as `default_locale` does. */
export const uiLanguages = ['en', 'es'] as const;
export type UiLanguage = (typeof uiLanguages)[number];

/** The browser's UI language reduced to one we translate: "es-419" → "es", "fr" → "en". */
export function uiLanguage(): UiLanguage {
	let tag = '';
	try {
		tag = browser.i18n.getUILanguage();
	} catch {
		tag = '';
	}

	const primary = tag.toLowerCase().split(/[-_]/)[0];
	return uiLanguages.find(language => language === primary) ?? 'en';
}

/**
 * One message of _locales for the browser's UI language. Substitutions fill the message's
 * placeholders ($1, $2… in order). A key the browser does not know gives the key itself, never "".
 */
export function t(key: MessageKey, ...substitutions: Array<string | number>): string {
	const text = browser.i18n.getMessage(key, substitutions.map(String));
	return text === '' ? key : text;
}

/**
 * A counted message: `<key>_one` or `<key>_other` by the UI language's plural rules (Spanish also
 * has "many" for round millions, which falls back to "other"). The substitutions default to the count.
 */
export function plural(key: PluralKey, count: number, ...substitutions: Array<string | number>): string {
	const category = new Intl.PluralRules(uiLanguage()).select(count);
	const form = (category === 'one' ? `${key}_one` : `${key}_other`) as MessageKey;
	return t(form, ...(substitutions.length > 0 ? substitutions : [count]));
}
