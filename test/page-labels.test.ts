// @vitest-environment jsdom
import {describe, expect, test, vi} from 'vitest';
import {detectReadablePage} from '../content-scripts/detect-readable-page.js';
import {extractPage} from '../content-scripts/extract-page.js';
import {withPageLabels} from '../content-scripts/page-labels.js';
import x from '../content-scripts/sites/x/index.js';
import tiktok from '../content-scripts/sites/tiktok/index.js';
import {labelTable} from '../src/core/labels/index.js';
import {isLabelTable} from '../src/core/labels/label-table.js';
import {labelsEn} from '../src/core/labels/x/en.js';
import {listFixtures, loadDocument} from './fixtures.js';
import {extensionId, startMemoryWorker} from './memory-adapters.js';

// A content bundle carries its site's English words only; a page in another language the site is read
// in gets that language's table from the worker. Without it, or with a damaged one, the page is
// "couldn't check: language", never read with the wrong words.
const fixtures = listFixtures();
const sample = (site: string, pageKind: string, name: string) => fixtures.find(fixture => fixture.site === site && fixture.pageKind === pageKind && fixture.name === name)!;
const german = sample('x', 'settings-audience', 'risky-de');
const english = sample('x', 'settings-audience', 'risky');
/** The page as a content script sees it: X's bundled readers, English only. */
const detect = (url: string) => detectReadablePage([x, tiktok], url)!;

describe('a page in a language its site is read in besides English', () => {
	test('is read with the table the worker gives, as its English counterpart is; the table is asked once', async () => {
		const send = vi.fn(async (name: string, payload: {site: string; language: string}) => (name === 'labelTable' ? labelTable(payload.site, payload.language) : undefined));
		const document = loadDocument(german);
		expect(extractPage(detect(german.url), document).status).toBe('language-unsupported');

		const readable = await withPageLabels(detect(german.url), document, send as never);
		expect(send).toHaveBeenCalledWith('labelTable', {site: 'x', language: 'de'});
		const reading = extractPage(readable, document);
		expect(reading.status).toBe('read');
		expect(reading.observations).toEqual(extractPage(detect(english.url), loadDocument(english)).observations);

		await withPageLabels(detect(german.url), loadDocument(german), send as never);
		expect(send).toHaveBeenCalledTimes(1);
	});

	test('an English page, and a page in a language the site is not read in, ask nothing', async () => {
		const send = vi.fn();
		for (const fixture of [english, sample('x', 'settings-audience', 'other-language')]) {
			const detected = detect(fixture.url);
			expect(await withPageLabels(detected, loadDocument(fixture), send)).toBe(detected);
		}

		expect(send).not.toHaveBeenCalled();
	});

	const damaged: Array<[string, unknown]> = [
		['no reply (a worker that never answered)', undefined],
		['a table with a key missing', {...labelTable('tiktok', 'es'), [Object.keys(labelTable('tiktok', 'es')!)[0]!]: undefined}],
		['a table with a key too many ("__proto__" as its own key, as JSON makes it)', {...JSON.parse('{"__proto__": "Privacidad"}') as object, ...labelTable('tiktok', 'es')}],
		['a wording that is not text', Object.fromEntries(Object.keys(labelTable('tiktok', 'es')!).map(key => [key, {toString: () => 'x'}]))],
		['an empty wording, which would match every blank row', Object.fromEntries(Object.keys(labelTable('tiktok', 'es')!).map(key => [key, '']))],
		['a huge wording', Object.fromEntries(Object.keys(labelTable('tiktok', 'es')!).map(key => [key, 'a'.repeat(100_000)]))],
		['an array', []],
		['text', 'Privacidad'],
	];
	test.each(damaged)('%s: the page stays "couldn\'t check: language"', async (_, reply) => {
		const spanish = sample('tiktok', 'settings-privacy', 'risky-es');
		const document = loadDocument(spanish);
		const readable = await withPageLabels(detect(spanish.url), document, vi.fn(async () => reply) as never);
		expect(extractPage(readable, document).status).toBe('language-unsupported');
	});
});

describe('label tables as a message carries them', () => {
	const keys = Object.keys(labelsEn);
	test('every table of every site passes the check against its English keys', async () => {
		const {labelTables} = await import('../src/core/labels/index.js');
		for (const [site, tables] of Object.entries(labelTables)) {
			for (const [language, table] of Object.entries(tables)) {
				expect(isLabelTable(table, Object.keys(tables.en!)), `${site}/${language}`).toBe(true);
			}
		}
	});

	test('the lookup answers own keys only', () => {
		expect(labelTable('x', 'de')).toBeDefined();
		for (const [site, language] of [['x', '__proto__'], ['__proto__', 'en'], ['constructor', 'en'], ['x', 'toString'], ['myspace', 'en']]) {
			expect(labelTable(site!, language!), `${site}/${language}`).toBeUndefined();
		}
	});

	test('a table made with a prototype, or with too many wordings for a label, is refused', () => {
		const table = labelTable('x', 'de')!;
		expect(isLabelTable(Object.assign(Object.create({extra: 1}) as object, table), keys)).toBe(false);
		expect(isLabelTable({...table, protectPosts: Array.from({length: 50}, (_, index) => `w${index}`)}, keys)).toBe(false);
		expect(isLabelTable({...table, protectPosts: []}, keys)).toBe(false);
		expect(isLabelTable(null, keys)).toBe(false);
	});
});

describe('the worker gives a table only to the site\'s own pages, for a language subtag', () => {
	const worker = startMemoryWorker();
	const tab = {id: 4, index: 0, highlighted: true, active: true, pinned: false, incognito: false};
	const from = (url: string) => ({id: extensionId, tab, frameId: 0, url});
	test('X\'s German table to an X page', async () => {
		expect(await worker.send({name: 'labelTable', payload: {site: 'x', language: 'de'}}, from('https://x.com/settings/audience_and_tagging'))).toEqual(labelTable('x', 'de'));
	});

	test.each([
		['from another site', {site: 'x', language: 'de'}, 'https://www.facebook.com/settings/'],
		['a language no site is read in', {site: 'x', language: 'ja'}, 'https://x.com/home'],
		['a language that is not a subtag', {site: 'x', language: '__proto__'}, 'https://x.com/home'],
		['an extra key', {site: 'x', language: 'de', table: {}}, 'https://x.com/home'],
		['an unknown site', {site: 'myspace', language: 'de'}, 'https://x.com/home'],
	])('%s: nothing', async (_, payload, url) => {
		expect(await worker.send({name: 'labelTable', payload}, from(url))).toBeUndefined();
	});
});
