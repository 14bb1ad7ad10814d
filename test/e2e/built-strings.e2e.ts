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
	it('the Spanish engine texts are in text-es.js only, loaded in a Spanish browser', () => {
		// A long Spanish rule title: present in text-es.js, absent from the pages an English browser loads.
		const marker = 'Tu fecha de nacimiento completa';
		expect(readFileSync(join(distChrome, 'text-es.js'), 'utf8')).toContain(marker);
		for (const bundle of ['popup.js', 'report.js', 'background.js']) {
			expect(readFileSync(join(distChrome, bundle), 'utf8'), bundle).not.toContain(marker);
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
