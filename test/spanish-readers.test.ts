import {describe, expect, test} from 'vitest';
import {detectReadablePage} from '../content-scripts/detect-readable-page.js';
import {extractPage} from '../content-scripts/extract-page.js';
import {siteReaders} from '../content-scripts/sites/index.js';
import {listFixtures, loadDocument, type Fixture} from './fixtures.js';

// A Spanish-speaking family gets the same audit as an English one on Facebook, X and TikTok: each page kind's
// Spanish sample (risky-es) reads the same values as its English one (risky). Any other language is
// still "couldn't check" (the other-language samples, German, are checked in sites.test.ts).
const fixtures = listFixtures();
const read = (fixture: Fixture) => extractPage(detectReadablePage(siteReaders, fixture.url)!, loadDocument(fixture));
/** Where a Spanish sample deliberately differs from the English one (its provenance line says so). */
const differences: Record<string, Record<string, unknown>> = {
	'facebook/settings-apps': {activeAppCount: {state: 'known', value: 4}},
};

const spanishSites = ['facebook', 'x', 'tiktok'];

describe.each(spanishSites)('%s in Spanish', siteId => {
	const site = siteReaders.find(candidate => candidate.site.id === siteId)!;

	test('has a Spanish label table with every English label', () => {
		expect(Object.keys(site.languages).sort()).toEqual(['en', 'es']);
		expect(Object.keys(site.languages.es!).sort()).toEqual(Object.keys(site.languages.en!).sort());
	});

	test.each(Object.keys(site.site.pages))('%s: the Spanish sample reads what the English one does', pageKind => {
		const sample = (name: string) => fixtures.find(fixture => fixture.site === siteId && fixture.pageKind === pageKind && fixture.name === name);
		const spanish = sample('risky-es');
		const english = sample('risky');
		expect(spanish, `test/fixtures/${siteId}/${pageKind}/risky-es.html`).toBeDefined();
		const spanishReading = read(spanish!);
		const englishReading = read(english!);
		expect(spanishReading.status).toBe('read');
		expect(Object.values(spanishReading.observations).some(observed => observed.state === 'known')).toBe(true);
		expect(spanishReading.observations).toEqual({...englishReading.observations, ...differences[`${siteId}/${pageKind}`]});
		// The bio is the user's own text, read the same whatever the UI language.
		expect(spanishReading.bio).toEqual(englishReading.bio);
	});

	test('a page in another language is never read with the Spanish or English table', () => {
		for (const fixture of fixtures.filter(candidate => candidate.site === siteId && candidate.name === 'other-language')) {
			expect(fixture.html).toMatch(/<html[^>]*\blang="(?!en|es)/);
			expect(read(fixture).status).toBe('language-unsupported');
		}
	});
});

// Found by the layout-drift fuzz: "Agregar ciudad" is Places lived's generic "Add city", shown beside a
// filled-in current city; taken as "no current city", a lost caption read as a city not set.
test.each(['risky', 'risky-es'])('facebook/about-places/%s: a current city whose caption is gone is unknown, not "not set"', name => {
	const fixture = fixtures.find(candidate => candidate.site === 'facebook' && candidate.pageKind === 'about-places' && candidate.name === name)!;
	const document = loadDocument(fixture);
	const caption = [...document.querySelectorAll('span')].find(span => ['Current city', 'Ciudad actual'].includes(span.textContent ?? ''))!;
	caption.textContent = '';
	expect(extractPage(detectReadablePage(siteReaders, fixture.url)!, document).observations.currentCity).toEqual({state: 'unknown', reason: 'element-missing'});
});
