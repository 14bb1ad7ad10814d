/**
 * The languages Overshare speaks: each is a folder, src/i18n/<lang>/, with its UI messages
 * (messages.json) and its engine catalog (index.ts). Adding one: the folder and one entry here
 * (test/i18n-languages.test.ts checks both). Any other browser language gets English, as the
 * manifest's default_locale does.
 */
export const languages = ['en', 'es', 'fr', 'de'] as const;
export type Language = (typeof languages)[number];

/** A browser language tag reduced to one we speak: "es-419" → "es", "ja" → "en". */
export function languageOf(tag: string): Language {
	const primary = tag.toLowerCase().split(/[-_]/)[0];
	return languages.find(language => language === primary) ?? 'en';
}
