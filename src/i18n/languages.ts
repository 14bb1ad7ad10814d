/**
 * The languages Overshare speaks: each is a folder, src/i18n/<lang>/, with its UI messages
 * (messages.json) and its engine catalog (index.ts). Adding one: the folder and one entry here
 * (test/i18n-languages.test.ts checks both). Any other browser language gets English, as the
 * manifest's default_locale does.
 */
export const languages = ['en', 'es', 'fr', 'de', 'pt_BR'] as const;
export type Language = (typeof languages)[number];

/** A language's BCP 47 tag, for Intl and `<html lang>`: folders are named as _locales wants ("pt_BR" → "pt-BR"). */
export const tagOf = (language: string): string => language.replace('_', '-');

/**
 * A browser language tag reduced to one we speak: "es-419" → "es", "ja" → "en". A regional folder
 * ("pt_BR") answers only its region, as the browsers' own _locales lookup does: a pt-PT browser gets
 * English UI messages from browser.i18n, so its engine texts must be English too, never half and half.
 */
export function languageOf(tag: string): Language {
	const wanted = tag.toLowerCase().replace(/-/g, '_');
	const primary = wanted.split('_')[0];
	const folder = (language: Language) => language.toLowerCase();
	return languages.find(language => folder(language) === wanted || (!language.includes('_') && folder(language) === primary))
		?? languages.find(language => wanted.startsWith(`${folder(language)}_`))
		?? 'en';
}
