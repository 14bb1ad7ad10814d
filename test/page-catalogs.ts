import {registerCatalog} from '../src/i18n/catalogs.js';
import type {Catalog} from '../src/i18n/catalog.js';
import {languages} from '../src/i18n/languages.js';

// What an extension page's text-<lang>.js does before the page renders, for every language at once:
// a test of a page imports this, then picks a language by the fake browser's (test/i18n-language.ts).
for (const language of languages) {
	registerCatalog((await import(`../src/i18n/${language}/index.ts`) as {catalog: Catalog}).catalog);
}
