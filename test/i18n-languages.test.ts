import {existsSync, readdirSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {expect, test} from 'vitest';
import {languageOf, languages, tagOf} from '../src/i18n/languages.js';

const i18n = join(dirname(fileURLToPath(import.meta.url)), '../src/i18n');
const folders = readdirSync(i18n, {withFileTypes: true}).filter(entry => entry.isDirectory()).map(entry => entry.name);

test('every language folder is in the list of languages, and every listed language is a folder with its UI messages', () => {
	expect([...languages].sort()).toEqual(folders.sort());
	for (const language of languages) {
		expect(existsSync(join(i18n, language, 'messages.json')), language).toBe(true);
	}
});

test('a browser language is reduced to one Overshare speaks, else English', () => {
	expect(languageOf('es-419')).toBe('es');
	expect(languageOf('ES_es')).toBe('es');
	expect(languageOf('en-GB')).toBe('en');
	expect(languageOf('fr-CA')).toBe('fr');
	expect(languageOf('ja')).toBe('en');
	expect(languageOf('')).toBe('en');
});

test('a regional language folder answers only its region, as the browsers\' _locales lookup does', () => {
	// The rule is tested on the real list once a regional folder (pt_BR) is in it; until then, on the
	// languages we have: a region never changes a plain folder's answer, and the tag of a folder is BCP 47.
	expect(languageOf('es-MX')).toBe('es');
	expect(languageOf('fr_FR')).toBe('fr');
	expect(tagOf('pt_BR')).toBe('pt-BR');
	expect(tagOf('fr')).toBe('fr');
});
