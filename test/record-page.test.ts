import {expect, test} from 'vitest';
import {detectReadablePage} from '../content-scripts/detect-readable-page.js';
import {extractPage} from '../content-scripts/extract-page.js';
import {siteReaders} from '../content-scripts/sites/index.js';
import {forgetSite} from '../src/core/audit/forget-site.js';
import {recordPage} from '../src/core/audit/record-page.js';
import {listFixtures, loadDocument} from './fixtures.js';

const fixture = (pageKind: string, name: string) => listFixtures().find(entry => entry.pageKind === pageKind && entry.name === name)!;
const read = (pageKind: string, name: string) => {
	const sample = fixture(pageKind, name);
	return extractPage(detectReadablePage(siteReaders, sample.url)!, loadDocument(sample));
};

test('a page that is not the user\'s own changes nothing', () => {
	for (const name of ['not-own', 'logged-out', 'other-language']) {
		expect(recordPage({}, read('about-contact-and-basic-info', name), 1), name).toBeUndefined();
	}
});

test('what is stored holds findings, never the values on the page', () => {
	const sample = fixture('about-contact-and-basic-info', 'risky');
	const stored = JSON.stringify(recordPage({}, read('about-contact-and-basic-info', 'risky'), 1));
	const document = loadDocument(sample);
	// Every value shown on the page (names, dates, numbers, addresses) must be absent from storage.
	const values = [...document.querySelectorAll('[role="main"] span[dir="auto"]')]
		.map(span => span.textContent?.trim() ?? '')
		.filter(text => /\d|@/.test(text));
	expect(values.length).toBeGreaterThan(2);
	for (const value of values) {
		expect(stored).not.toContain(value);
	}

	expect(stored).not.toContain('Alex');
	expect(stored).not.toContain('<');
});

test('a second visit to the same page kind replaces the first', () => {
	const first = recordPage({}, read('about-contact-and-basic-info', 'risky'), 1)!;
	const second = recordPage(first.pages, read('about-contact-and-basic-info', 'changed-layout'), 2)!;
	expect(Object.values(second.pages.facebook!['about-contact-and-basic-info']!.observations).every(observed => observed.state === 'unknown')).toBe(true);
});

test('forgetting a site removes its pages and findings', () => {
	const stored = recordPage({}, read('about-contact-and-basic-info', 'risky'), 1)!;
	const forgotten = forgetSite(stored.pages, 'facebook', 2);
	expect(forgotten.pages).toEqual({});
	expect(forgotten.audit.sites).toEqual([]);
});
