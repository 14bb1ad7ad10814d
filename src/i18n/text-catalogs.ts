import type {TextCatalog} from './text-catalog.js';
import type {Language} from './languages.js';
import {uiLanguage} from './t.js';

/**
 * The engine texts of other UI languages are a bundle of their own (text-<lang>.js), loaded by an
 * extension page only when the browser speaks that language: an English popup never carries the
 * Spanish catalog. The bundle puts its catalog here, on the page's global object.
 */
type Registry = Partial<Record<Language, TextCatalog>>;
const registry = (): Registry => ((globalThis as {overshareTextCatalogs?: Registry}).overshareTextCatalogs ??= {});

export const registerTextCatalog = (language: Language, catalog: TextCatalog): void => {
	registry()[language] = catalog;
};

/** The catalog of engine texts for the UI language; English is the source, so it has none. */
export const currentTextCatalog = (): TextCatalog | undefined => registry()[uiLanguage()];

/** Loads the UI language's catalog bundle into an extension page, before it renders. */
export async function loadTextCatalog(document: Document): Promise<void> {
	const language = uiLanguage();
	if (language === 'en' || registry()[language]) {
		return;
	}

	await new Promise<void>(resolve => {
		const script = document.createElement('script');
		script.src = `text-${language}.js`;
		// A missing bundle leaves the English texts: the page still works.
		script.addEventListener('load', () => resolve());
		script.addEventListener('error', () => resolve());
		document.head.append(script);
	});
}
