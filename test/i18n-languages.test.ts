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
	// pt_BR is Brazil's: a pt-BR browser gets it, a pt-PT browser English, as the browser's own
	// _locales lookup shows it English messages (never half and half). A region never changes a plain folder's answer.
	expect(languageOf('pt-BR')).toBe('pt_BR');
	expect(languageOf('pt_BR')).toBe('pt_BR');
	expect(languageOf('pt-br')).toBe('pt_BR');
	expect(languageOf('pt-PT')).toBe('en');
	expect(languageOf('es-MX')).toBe('es');
	expect(languageOf('fr_FR')).toBe('fr');
	expect(tagOf('pt_BR')).toBe('pt-BR');
	expect(tagOf('fr')).toBe('fr');
});
