import {browserLanguage, browserMessage} from '../browser/i18n.js';
import type messages from './en/messages.json';
import {languageOf, tagOf, type Language} from './languages.js';

/** Every key of src/i18n/en/messages.json; every language has the same keys (test/i18n-keys.test.ts). */
export type MessageKey = keyof typeof messages;
/** Keys with plural forms (`<base>_one`, `<base>_other`): pass the base to `plural`. */
export type PluralKey = MessageKey extends infer K ? K extends `${infer Base}_other` ? Base : never : never;

/** The browser's UI language reduced to one we speak: "es-419" → "es", "ja" → "en". */
export const uiLanguage = (): Language => languageOf(browserLanguage());

/**
 * The locale dates and numbers are written in: the browser's own tag when Overshare speaks its language
 * ("fr-CA" keeps Canada's date order, "en-GB" Britain's), else English, so that a date never reads in
 * another language than the words around it ("Reported by you on 5 mars 2026").
 */
export function uiLocale(): string {
	const tag = browserLanguage().replace(/_/g, '-');
	const language = uiLanguage();
	try {
		return tag.toLowerCase().split('-')[0] === language.split('_')[0] ? Intl.getCanonicalLocales(tag)[0]! : tagOf(language);
	} catch {
		return tagOf(language);
	}
}

/** A count as the UI language writes it ("1 250" in French, "1,250" in English). */
export const numberOf = (count: number): string => new Intl.NumberFormat(uiLocale()).format(count);

/**
 * One UI message in the browser's UI language. Substitutions fill the message's placeholders
 * ($1, $2… in order). A key the browser does not know gives the key itself, never "".
 */
export function t(key: MessageKey, ...substitutions: Array<string | number>): string {
	const text = browserMessage(key, substitutions.map(String));
	return text === '' ? key : text;
}

/**
 * A counted message: `<key>_one` or `<key>_other` by the UI language's plural rules (Spanish also
 * has "many" for round millions, which falls back to "other"). The substitutions default to the count.
 */
export function plural(key: PluralKey, count: number, ...substitutions: Array<string | number>): string {
	const category = new Intl.PluralRules(tagOf(uiLanguage())).select(count);
	const form = (category === 'one' ? `${key}_one` : `${key}_other`) as MessageKey;
	return t(form, ...(substitutions.length > 0 ? substitutions : [numberOf(count)]));
}
