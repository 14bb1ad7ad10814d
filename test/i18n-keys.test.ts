import {readdirSync, readFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, test} from 'vitest';
import {teenDefaultMessages} from '../src/core/review/teen-defaults.js';
import {languages} from '../src/i18n/languages.js';

// src/i18n/<lang>/messages.json (the build's _locales): every language complete, every key used, no key used that is missing.
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
type Messages = Record<string, {message: string; placeholders?: Record<string, {content: string}>}>;
const load = (language: string) => JSON.parse(readFileSync(join(root, 'src/i18n', language, 'messages.json'), 'utf8')) as Messages;
const en = load('en');
/** Every language but English, the source. */
const others = languages.filter(language => language !== 'en').map(language => [language, load(language)] as const);

function sourceFiles(dir: string): string[] {
	return readdirSync(join(root, dir), {withFileTypes: true, recursive: true})
		.filter(entry => entry.isFile() && /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.test.ts'))
		.map(entry => join(entry.parentPath, entry.name));
}

/** Keys the code asks for: t('key', …), plural('base', …) (→ base_one, base_other) and manifest __MSG_key__. */
function usedKeys(): Set<string> {
	const used = new Set<string>();
	for (const file of ['src', 'popup', 'content-scripts'].flatMap(sourceFiles)) {
		const code = readFileSync(file, 'utf8');
		for (const [, call, key] of code.matchAll(/\b(t|plural)\('([A-Za-z0-9_]+)'/g)) {
			for (const name of call === 'plural' ? [`${key}_one`, `${key}_other`] : [key!]) {
				used.add(name);
			}
		}
	}

	for (const [, key] of readFileSync(join(root, 'manifest.json'), 'utf8').matchAll(/__MSG_([A-Za-z0-9_]+)__/g)) {
		used.add(key!);
	}

	// The review's platform defaults: a table of message keys, worded where they are shown.
	for (const key of teenDefaultMessages) {
		used.add(key);
	}

	return used;
}

const placeholdersIn = (message: string) => [...message.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map(match => match[1]!.toLowerCase()).sort();

describe('_locales', () => {
	test('there is a language besides English to check', () => {
		expect(others.length).toBeGreaterThan(0);
	});

	test.each(others)('%s has exactly the English keys, each translated', (_language, messages) => {
		expect(Object.keys(messages).sort()).toEqual(Object.keys(en).sort());
		for (const [key, {message}] of Object.entries(messages)) {
			expect(message.trim(), key).not.toBe('');
		}
	});

	test('every key used in code exists, and every key is used', () => {
		const used = usedKeys();
		expect([...used].filter(key => !(key in en)), 'used but missing').toEqual([]);
		expect(Object.keys(en).filter(key => !used.has(key)), 'defined but unused').toEqual([]);
	});

	test.each(others)('placeholders are declared, used, and the same in %s as in English', (_language, messages) => {
		for (const key of Object.keys(en)) {
			for (const language of [en, messages]) {
				const declared = Object.keys(language[key]!.placeholders ?? {}).map(name => name.toLowerCase()).sort();
				expect([...new Set(placeholdersIn(language[key]!.message))], key).toEqual(declared);
			}

			expect(messages[key]!.placeholders ?? {}, key).toEqual(en[key]!.placeholders ?? {});
		}
	});

	test('key names are what the browsers accept', () => {
		for (const key of Object.keys(en)) {
			expect(key).toMatch(/^[A-Za-z0-9_]+$/);
			expect(key.startsWith('@@')).toBe(false);
		}
	});

	test('the manifest names its default locale and takes its name and description from it', () => {
		const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8')) as Record<string, unknown>;
		expect(manifest.default_locale).toBe('en');
		expect(manifest.name).toBe('__MSG_appName__');
		expect(manifest.description).toBe('__MSG_appDescription__');
	});
});
