import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {expect, test} from 'vitest';
import {needsOwnModules, ownModules} from './own-modules.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

const testFiles = ['test', 'content-scripts', 'src', 'popup'].flatMap(folder => readdirSync(join(root, folder), {recursive: true, encoding: 'utf8'})
	.filter(file => /\.test\.tsx?$/.test(file) && !file.startsWith('e2e/'))
	.map(file => `${folder}/${file}`))
	// This file names them in its examples below.
	.filter(file => file !== 'test/own-modules.test.ts');

// A file that resets or mocks modules among files sharing them would change the modules of the files
// after it in its worker, or see theirs: it must run with its own.
test('every unit test file that resets or mocks modules runs with modules of its own', () => {
	const needing = testFiles.filter(file => needsOwnModules(readFileSync(join(root, file), 'utf8')));
	expect(needing.length).toBeGreaterThan(0);
	expect(needing.filter(file => !ownModules.includes(file))).toEqual([]);
	expect(ownModules.filter(file => !existsSync(join(root, file)))).toEqual([]);
});

test('the check sees a reset, a mock, the language helpers and the worker\'s entry, and not their names in a comment', () => {
	expect(needsOwnModules('vi.resetModules();')).toBe(true);
	expect(needsOwnModules('vi.mock(\'../src/x.js\', () => ({}));')).toBe(true);
	expect(needsOwnModules('import {popupInLanguage} from \'./popup-in-language.js\';')).toBe(true);
	expect(needsOwnModules('useLanguage(\'es\');')).toBe(true);
	expect(needsOwnModules('await import(\'../src/background/background.js\');')).toBe(true);
	expect(needsOwnModules('// the popup-in-language helper, useLanguage and vi.mock are not used here')).toBe(false);
});
