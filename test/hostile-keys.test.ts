import {describe, expect, test} from 'vitest';
import {detectReadablePage} from '../content-scripts/detect-readable-page.js';
import {extractPage} from '../content-scripts/extract-page.js';
import {siteReaders} from '../content-scripts/sites/index.js';
import {mergeObservations} from '../src/core/audit/merge-observations.js';
import {unknown} from '../src/core/model/observed.js';
import {parseMessage} from '../src/core/protocol/parse-message.js';
import {pageOf} from '../src/core/sites/define-site.js';
import {siteById} from '../src/core/sites/index.js';
import {listFixtures, reloadDocument} from './fixtures.js';

// Issue 17.4: strings from pages (the UI language, labels, JSON keys) and from messages and storage
// are data. Each of these names a property every plain object inherits: as a lookup key it must find
// nothing, never the prototype.
const prototypeWords = ['constructor', '__proto__', 'toString', 'prototype', 'hasOwnProperty', 'valueOf'];
const risky = listFixtures().filter(fixture => fixture.name === 'risky');

const read = (fixture: (typeof risky)[number], change: (document: Document) => void = () => undefined) => {
	const document = reloadDocument(fixture);
	change(document);
	return extractPage(detectReadablePage(siteReaders, fixture.url)!, document);
};

describe('a page whose UI language is a prototype word', () => {
	test.each(prototypeWords)('<html lang="%s"> is a language Overshare cannot read, on every page of every site', word => {
		expect(risky.length).toBeGreaterThan(20);
		for (const fixture of risky) {
			const reading = read(fixture, document => document.documentElement.setAttribute('lang', word));
			expect(reading.status, `${fixture.site}/${fixture.pageKind}`).toBe('language-unsupported');
			expect(Object.values(reading.observations).every(observed => observed.state === 'unknown'), `${fixture.site}/${fixture.pageKind}`).toBe(true);
		}
	});

	test('a lang attribute that is no language tag at all is not "no language named" (which would read it as the first language)', () => {
		for (const lang of ['__', '-en', '123', 'x'.repeat(9)]) {
			expect(read(risky[0]!, document => document.documentElement.setAttribute('lang', lang)).status, lang).toBe('language-unsupported');
		}
	});
});

describe('prototype words as labels on the page', () => {
	test('rows, buttons and aria-labels named after them change nothing that is read', () => {
		for (const fixture of risky) {
			const plain = read(fixture);
			const hostile = read(fixture, document => {
				const host = document.querySelector('main, [role="main"]') ?? document.body;
				for (const word of prototypeWords) {
					const row = document.createElement('div');
					row.innerHTML = `<span>${word}</span><button aria-label="${word}" role="switch" aria-checked="true">${word}</button><select aria-label="${word}"><option selected>${word}</option></select>`;
					host.append(row);
				}
			});
			expect(hostile, `${fixture.site}/${fixture.pageKind}`).toEqual(plain);
		}
	});
});

describe('prototype words in messages', () => {
	const senderUrl = 'https://www.facebook.com/settings/?tab=posts';
	test.each(prototypeWords)('"%s" as a site, a page kind or a field of a report is refused', word => {
		const base = {site: 'facebook', pageKind: 'settings-posts', status: 'read', observations: {futurePostsAudience: {state: 'known', value: 'public'}}};
		for (const payload of [
			{...base, site: word},
			{...base, pageKind: word},
			{...base, observations: {[word]: {state: 'known', value: 'public'}}},
			{...base, observations: JSON.parse(`{"${word}": {"state": "unknown", "reason": "element-missing"}}`)},
			{...base, status: word},
			{...base, observations: {futurePostsAudience: {state: 'unknown', reason: word}}},
		]) {
			expect(parseMessage({name: 'reportPage', payload}, senderUrl), JSON.stringify(payload)).toBeUndefined();
		}

		expect(parseMessage({name: 'notePage', payload: {site: 'facebook', pageKind: word, status: 'reading'}}, senderUrl)).toBeUndefined();
		expect(parseMessage({name: word, payload: {}}, senderUrl)).toBeUndefined();
	});
});

describe('prototype words from storage', () => {
	test('a stored page record whose kind is one of them is never taken for a page of the site', () => {
		const facebook = siteById('facebook')!;
		for (const word of prototypeWords) {
			expect(pageOf(facebook, word)).toBeUndefined();
			const merged = mergeObservations(facebook, [{pageKind: word, readAt: 1, observations: {birthdayYear: {state: 'known', value: 'public'}} as never}]);
			expect(merged.birthdayYear).toEqual(unknown('page-not-visited'));
		}
	});
});
