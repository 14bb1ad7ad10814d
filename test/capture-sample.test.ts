import {describe, expect, test} from 'vitest';
import {captureSample} from '../content-scripts/capture/capture-sample.js';
import {isKnownText, siteWordings} from '../content-scripts/capture/known-text.js';
import {jsonNames} from '../content-scripts/capture/redact-json.js';
import {detectReadablePage} from '../content-scripts/detect-readable-page.js';
import {extractPage} from '../content-scripts/extract-page.js';
import type {PageReading} from '../src/core/model/page-reading.js';
import {siteReaders} from '../content-scripts/sites/index.js';
import {parsePage} from '../src/cli/parse-page.js';
import {listFixtures, loadDocument, type Fixture} from './fixtures.js';

const meta = {date: new Date('2026-03-04T05:06:07Z'), version: '0.1.0'};

/** The bio is the user's text: the sample keeps that there is one and who sees it, never the words. */
const comparable = (reading: PageReading) => ({...reading, ...(reading.bio ? {bio: reading.bio.state === 'known' ? {state: 'known', audience: reading.bio.audience} : reading.bio} : {})});

function jsonStrings(value: unknown, out: string[] = []): string[] {
	if (typeof value === 'string') {
		out.push(value);
	} else if (typeof value === 'object' && value !== null) {
		Object.values(value).forEach(item => jsonStrings(item, out));
	}

	return out;
}

const pageData = (document: Document): unknown[] => [...document.querySelectorAll('script[type="application/json"]')].map(script => JSON.parse(script.textContent ?? ''));

/**
 * What the sample started with that names the person: the fictional account its provenance line
 * names (name, @handle, /in/ vanity, Instagram pk); every text and text attribute that is not a label
 * and holds a digit, an "@" or two words (names, handles, emails, phone numbers, cities, bios); every
 * page-data string holding an id (five digits), an "@" or a space. UI words that only occur inside a
 * known label ("Review tags" of "Review tags people add…") are not the person's and are left out.
 */
function personalStrings(fixture: Fixture, document: Document, known: ReadonlySet<string>): string[] {
	const found = new Set<string>();
	for (const match of fixture.provenance.matchAll(/Fictional[^".]{0,40}"([^"]+)"|@([\w.]+)|\/in\/([\w-]+)|pk (\d+)/g)) {
		found.add((match[1] ?? match[2] ?? match[3] ?? match[4])!);
	}

	const looksPersonal = (text: string) => /\d|@|\S\s+\S/.test(text) && text.length >= 4 && !isKnownText(text, known);
	const walker = document.createTreeWalker(document.body, 4);
	for (let node = walker.nextNode(); node; node = walker.nextNode()) {
		const text = (node.nodeValue ?? '').trim();
		if (!['script', 'style'].includes(node.parentElement!.localName) && looksPersonal(text)) {
			found.add(text);
		}
	}

	for (const element of document.querySelectorAll('[aria-label], [title], [alt], [value], [placeholder]')) {
		for (const name of ['aria-label', 'title', 'alt', 'value', 'placeholder']) {
			const value = element.getAttribute(name)?.trim() ?? '';
			if (looksPersonal(value)) {
				found.add(value);
			}
		}
	}

	for (const text of pageData(document).flatMap(data => jsonStrings(data))) {
		if (/\d{5}|@|\S\s\S/.test(text) && !jsonNames.has(text) && !isKnownText(text, known)) {
			found.add(text);
		}
	}

	const labels = [...known].join('\n');
	return [...found].filter(text => !labels.includes(text.toLowerCase().replace(/\s+/g, ' ')) && !/^(synthetic|Fictional)/.test(text));
}

describe.each(listFixtures().map(fixture => [`${fixture.site}/${fixture.pageKind}/${fixture.name}`, fixture] as const))('%s', (_, fixture) => {
	const detected = detectReadablePage(siteReaders, fixture.url)!;
	const original = loadDocument(fixture);
	const {html, fileName} = captureSample(detected, original, meta);
	const [line1 = '', line2 = ''] = html.split('\n');
	const url = /^<!-- (\S+) -->$/.exec(line1)?.[1] ?? '';
	const sample = parsePage(html, url);
	const known = siteWordings(detected.siteReaders);

	test('says its page kind, date and Overshare version, and stands for the page kind\'s address, not the page\'s', () => {
		expect(detectReadablePage(siteReaders, url)?.pageKind).toBe(fixture.pageKind);
		// A page no address opens by itself stands for its address with the handle as "x", as links are redacted.
		const byClick: Record<string, string> = {
			'x/profile': 'https://x.com/x', 'linkedin/contact-info': 'https://www.linkedin.com/in/x/overlay/contact-info/',
			'youtube/channel-about': 'https://www.youtube.com/x/about',
		};
		// Strava's athlete page stands for its own address with the id as its page-data stand-in (capture/page-calls.ts).
		const byNumericId: Record<string, RegExp> = {'strava/athlete': /^https:\/\/www\.strava\.com\/athletes\/2\d{6}$/};
		const pattern = byNumericId[`${fixture.site}/${fixture.pageKind}`];
		if (pattern) {
			expect(url).toMatch(pattern);
		} else {
			expect(url).toBe(byClick[`${fixture.site}/${fixture.pageKind}`] ?? detected.page.url);
		}
		expect(line2).toMatch(new RegExp(`^<!-- captured 2026-03-04 with Overshare 0\\.1\\.0 on a ${fixture.site}/${fixture.pageKind} page`));
		expect(fileName).toBe(`overshare-sample-${fixture.site}-${fixture.pageKind}-2026-03-04.html`);
	});

	test('reads the same settings and audiences as the page it was saved from', () => {
		const before = extractPage(detected, original);
		const after = extractPage(detectReadablePage(siteReaders, url)!, sample);
		expect(comparable(after)).toEqual(comparable(before));
	});

	test('contains none of the personal strings it started with', () => {
		const personal = personalStrings(fixture, original, known);
		const lower = html.toLowerCase();
		expect(personal.filter(text => lower.includes(text.toLowerCase()))).toEqual([]);
		// Patterns as a second net: an email address, a 555 phone number, an @handle.
		expect(html.match(/[\w.+-]+@[\w-]+\.[a-z]{2,}|\(?\b555\)?[ .-]?\d{3}|@[a-z]\w{2,}/gi) ?? []).toEqual([]);
	});

	test('keeps no text but the site\'s labels, no code and no media', () => {
		const walker = sample.createTreeWalker(sample.documentElement, 4 | 128);
		const free: string[] = [];
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const text = node.nodeValue ?? '';
			// Stand-ins say only what kind of value was there: a text, an email, a phone number, a year.
			const blanked = text.replace(/\[text\]( 0000)?$/, '').replace(/\*@\*|\*{3}-\*{3}-\*{4}/g, '');
			if (node.nodeType === 3 && node.parentElement?.localName !== 'script' && !isKnownText(blanked, known)) {
				free.push(text);
			}
		}

		expect(free).toEqual([]);
		expect(sample.querySelectorAll('img, picture, video, iframe, link, style, script:not([type="application/json"]), [style], [src], [value]:not(input[value="[text]"], input[type="radio"], input[type="checkbox"]), [onclick], [onload]')).toHaveLength(0);
		// Page data keeps its keys; its strings are stand-ins, except the module names the readers look for.
		const strings = pageData(sample).flatMap(data => jsonStrings(data));
		expect(strings.filter(text => !/^(s\d+|\d+|)$/.test(text) && !jsonNames.has(text))).toEqual([]);
	});
});
