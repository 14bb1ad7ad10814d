// The built extension pages carry no UI sentence of their own: every one comes from _locales at run
// time. Checked on the bundles themselves (dist/chrome), after the build, not on the sources.
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {distChrome, repoRoot} from './launch.js';

const english = JSON.parse(readFileSync(join(repoRoot, 'src/i18n/en/messages.json'), 'utf8')) as Record<string, {message: string}>;
// Sentences, not single words ("Off", "Print") that code may contain for other reasons; placeholders split them.
const sentences = Object.entries(english).flatMap(([key, {message}]) =>
	message.split(/\$[A-Z_]+\$/).map(part => part.trim()).filter(part => part.split(/\s+/).length >= 3).map(part => ({key, part})));

const spanish = JSON.parse(readFileSync(join(repoRoot, 'src/i18n/es/messages.json'), 'utf8')) as Record<string, {message: string}>;

describe('built pages take their words from _locales', () => {
	it('each language\'s engine texts are in its own text-<lang>.js only, loaded for that UI language', () => {
		// A long rule title in each language: present in its bundle, absent from every page bundle and the worker.
		for (const [bundle, marker] of [['text-es.js', 'Tu fecha de nacimiento completa'], ['text-en.js', 'Your full birthdate and where you come from are shown together']]) {
			expect(readFileSync(join(distChrome, bundle!), 'utf8'), bundle).toContain(marker);
			for (const other of ['popup.js', 'report.js', 'review.js', 'background.js', 'text-es.js', 'text-en.js'].filter(name => name !== bundle)) {
				expect(readFileSync(join(distChrome, other), 'utf8'), other).not.toContain(marker);
			}
		}

		expect(Object.keys(spanish).sort()).toEqual(Object.keys(english).sort());
	});

	for (const bundle of ['popup.js', 'report.js']) {
		it(`${bundle} holds none of the English UI sentences`, () => {
			const code = readFileSync(join(distChrome, bundle), 'utf8');
			expect(sentences.length).toBeGreaterThan(50);
			expect(sentences.filter(({part}) => code.includes(part)).map(({key}) => key)).toEqual([]);
		});
	}
});
