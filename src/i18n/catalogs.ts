import type {Catalog} from './catalog.js';
import type {Language} from './languages.js';

/**
 * Each language's engine catalog is a bundle of its own (text-<lang>.js, from src/i18n/<lang>/register.ts),
 * loaded by an extension page for its UI language only: no page carries every language. The bundle
 * puts its catalog here, on the page's global object. The UI language is the caller's to give
 * (src/i18n/t.ts uiLanguage): this module touches no browser API.
 */
type Registry = Partial<Record<string, Catalog>>;
const registry = (): Registry => ((globalThis as {overshareCatalogs?: Registry}).overshareCatalogs ??= {});

export const registerCatalog = (catalog: Catalog): void => {
	registry()[catalog.language] = catalog;
};

/** Before any catalog has loaded (or if none could): every message renders as its id, nothing breaks. */
const noCatalog = {
	language: 'en', rules: {}, messages: {}, fields: {}, audiences: {name: {}}, choices: {}, reasons: {}, list: {between: ', ', last: ', '}, sites: {}, questions: {},
} as unknown as Catalog;

/** The catalog of a language, else English's, once loaded. */
export const catalogFor = (language: Language): Catalog => registry()[language] ?? registry()['en'] ?? noCatalog;

function loadBundle(document: Document, language: Language): Promise<boolean> {
	return new Promise(resolve => {
		const script = document.createElement('script');
		script.src = `text-${language}.js`;
		script.addEventListener('load', () => resolve(registry()[language] !== undefined));
		script.addEventListener('error', () => resolve(false));
		document.head.append(script);
	});
}

/**
 * Loads the catalogs an extension page needs (its UI language's; the report's download also English's)
 * before it renders. A language whose bundle fails to load falls back to English: the page still works.
 */
export async function loadCatalogs(document: Document, languages: readonly Language[]): Promise<void> {
	for (const language of new Set(languages)) {
		if (registry()[language] === undefined && !await loadBundle(document, language) && language !== 'en' && registry()['en'] === undefined) {
			await loadBundle(document, 'en');
		}
	}
}
