import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {expect, test} from 'vitest';
import {languages} from '../src/i18n/languages.js';

// The store listings live beside the code: a permission added without its justification, a host
// without its explanation, or a summary that drifted from the manifest's description fails here.
const root = join(import.meta.dirname, '..');
const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8')) as {permissions: string[]; content_scripts: Array<{matches: string[]}>};
const hosts = [...new Set(manifest.content_scripts.flatMap(script => script.matches).map(match => new URL(match.replace('*', 'x')).hostname.replace(/^www\./, '')))];

/** Each language's words for the stores' "no data collected" answer: a language added without them fails. */
const noDataCollected: Record<(typeof languages)[number], RegExp> = {en: /no data collected/i, es: /no se recopila ningún dato/i, fr: /aucune donnée collectée/i, de: /keine daten erhoben/i, pt_BR: /nenhum dado coletado/i};

test.each(languages)('the %s listing: the manifest\'s description as summary, every permission and host justified, no data collected', language => {
	const listing = readFileSync(join(root, 'docs/store', `listing-${language}.md`), 'utf8');
	const messages = JSON.parse(readFileSync(join(root, 'src/i18n', language, 'messages.json'), 'utf8')) as Record<string, {message: string}>;
	const summary = /\*\*[^*]+:\*\* (.+)/.exec(listing)![1]!;
	expect(summary).toBe(messages.appDescription!.message);
	expect(summary.length).toBeLessThanOrEqual(132);
	for (const permission of manifest.permissions) {
		expect(listing, permission).toContain(`| \`${permission}\` |`);
	}

	for (const host of hosts) {
		expect(listing, host).toContain(host);
	}

	expect(listing).toMatch(noDataCollected[language]);
});
