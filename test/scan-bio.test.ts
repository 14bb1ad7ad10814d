import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import type {PageReading} from '../src/core/model/page-reading.js';
import {withBioKinds} from '../src/core/bio/bio-observations.js';
import {regionsFor, scanBio, type BioKind} from '../src/core/bio/scan-bio.js';
import {known, unknown} from '../src/core/model/observed.js';

const kinds = (text: string) => [...scanBio(text, regionsFor('en-US'))].sort();

describe('what a bio mentions, by kind', () => {
	test.each<[string, BioKind[]]>([
		['call (212) 555-0147', ['phone']],
		['📞 212-555-0147', ['phone']],
		['WhatsApp +44 20 7946 0958', ['phone']],
		['+49 170 1234567 (DM first)', ['phone']],
		['tel:+14155552671', ['phone']],
		['+91 98765 43210 🇮🇳', ['phone']],
		['+33 6 12 34 56 78', ['phone']],
		['𝟐𝟏𝟐 𝟓𝟓𝟓 𝟎𝟏𝟒𝟕 for bookings', ['phone']],
		['mail me: sam.placeholder@example.com', ['email']],
		['SAM@EXAMPLE.CO.UK', ['email']],
		['sam [at] example [dot] com', ['email']],
		['sam at example dot com', ['email']],
		['born 17.05.1999 🎂', ['fullDate']],
		['🎂 5/17/99', ['fullDate']],
		['1999-05-17', ['fullDate']],
		['17 May 1999', ['fullDate']],
		['17th of May, 1999', ['fullDate']],
		['May 17th, 1999', ['fullDate']],
		['Sept 3 2008', ['fullDate']],
		['221B Baker St, London', ['address']],
		['12 Oak Tree Lane', ['address']],
		['Hauptstraße 5, Berlin', ['address']],
		['3 rue de la Paix', ['address']],
		['PO Box 1234', ['address']],
		['16 y/o', ['age']],
		['15yo | gamer', ['age']],
		['I\'m 14', ['age']],
		['turning 16 soon!!', ['age']],
		['age: 13', ['age']],
		['class of 2027', ['age']],
		['10th grade', ['age']],
		['Year 9', ['age']],
		['Lincoln High School', ['school']],
		['westfield middle school', ['school']],
		['Westfield Academy ⚽', ['school']],
		['Lincoln HS soccer', ['school']],
		['16 | Lincoln High School | call 212-555-0147', ['age', 'phone', 'school']],
	])('%j → %j', (text, expected) => {
		expect(kinds(text)).toEqual([...expected].sort());
	});

	test.each([
		'Tea, trains and terrible puns.',
		'coffee ☕ since 1987',
		'1999-2024 🏆',
		'2024/25 season',
		'10k followers',
		'est. 2015 · 1,234,567 views',
		'ran 5 miles down the road',
		'I am 5\'11',
		'ig: sam_2009',
		'@sam_placeholder on the other site',
		'Top 10 Way to cook',
		'May 17',
		'05/17',
		'ISBN 978-3-16-148410-0 is my book',
		'he/him · London · photographer',
	])('%j → nothing', text => {
		expect(kinds(text)).toEqual([]);
	});

	test('the browser\'s region is tried first; other regions after it', () => {
		expect(regionsFor('de-DE')[0]).toBe('DE');
		expect(regionsFor('en')).toContain('US');
		expect(regionsFor(undefined)).toContain('GB');
	});
});

// Properties over generated bios.
const filler = fc.array(fc.constantFrom('tea', 'trains', 'photos', 'London', 'he/him', '·', '|', '✨', 'puns', 'Design', 'coffee', 'since', 'forever'), {maxLength: 6}).map(words => words.join(' '));
const numbers = fc.constantFrom('(212) 555-0147', '212-555-0147', '+1 212 555 0147', '+44 20 7946 0958', '+49 30 901820', '+33 1 42 68 53 00', '+91 98765 43210');
const dates = fc.record({day: fc.integer({min: 13, max: 28}), month: fc.integer({min: 1, max: 12}), year: fc.integer({min: 1950, max: 2015})});
const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

describe('properties', () => {
	test('text with no digits and no @ never shows a phone, email, date, address or age', () => {
		const letters = fc.string({unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz ABCDEFGHIJ.,!?-/\'éü✨'.split('')), maxLength: 160});
		fc.assert(fc.property(letters, text => kinds(text).every(kind => kind === 'school')));
	});

	test('a phone number is found wherever it sits in the bio', () => {
		fc.assert(fc.property(filler, numbers, filler, (before, number, after) => scanBio(`${before} ${number} ${after}`, regionsFor('en-US')).has('phone')));
	});

	test('a full date is found in every written form, and is never read as a phone number', () => {
		const forms = [
			({day, month, year}: {day: number; month: number; year: number}) => `${day}/${month}/${year}`,
			({day, month, year}: {day: number; month: number; year: number}) => `${String(day).padStart(2, '0')}.${String(month).padStart(2, '0')}.${year}`,
			({day, month, year}: {day: number; month: number; year: number}) => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
			({day, month, year}: {day: number; month: number; year: number}) => `${day} ${monthNames[month - 1]} ${year}`,
			({day, month, year}: {day: number; month: number; year: number}) => `${monthNames[month - 1]} ${day}, ${year}`,
		];
		fc.assert(fc.property(filler, dates, fc.constantFrom(...forms), filler, (before, date, form, after) => {
			const found = scanBio(`${before} ${form(date)} ${after}`, regionsFor('en-US'));
			return found.has('fullDate') && !found.has('phone');
		}));
	});

	test('an email address is found whatever its name', () => {
		const local = fc.stringMatching(/^[a-z][a-z0-9._]{0,12}[a-z0-9]$/);
		const domain = fc.constantFrom('example.com', 'example.org', 'mail.example.co.uk');
		fc.assert(fc.property(filler, local, domain, (before, name, host) => scanBio(`${before} ${name}@${host}`).has('email')));
	});
});

describe('the reading that is kept', () => {
	const reading = (bio: PageReading['bio'], status: PageReading['status'] = 'read'): PageReading =>
		({site: 'x', pageKind: 'edit-profile', status, observations: {birthdayYear: known('not-set')}, ...(bio ? {bio} : {})});

	test('holds the kinds, each shown to the bio\'s audience, and not the text', () => {
		const text = 'Bookings (212) 555-0147 · sam@example.com';
		const kept = withBioKinds(reading(known(text, 'public')), 'en-US');
		expect(kept.bio).toBeUndefined();
		expect(kept.observations).toMatchObject({bioPhone: known('shown', 'public'), bioEmail: known('shown', 'public'), bioAddress: known('not-set')});
		const stored = JSON.stringify(kept);
		for (const piece of ['212', '555', '0147', 'sam@', 'example', 'Bookings']) {
			expect(stored).not.toContain(piece);
		}
	});

	test('an unreadable bio makes every bio field unknown, never "not set"', () => {
		const kept = withBioKinds(reading(unknown('element-missing')));
		expect(kept.observations.bioPhone).toEqual(unknown('element-missing'));
		expect(kept.observations.bioSchool).toEqual(unknown('element-missing'));
	});

	test('a reading that is not "read" keeps no bio and gains no bio field', () => {
		const kept = withBioKinds(reading(known('call 212-555-0147', 'public'), 'not-own-profile'));
		expect(kept.bio).toBeUndefined();
		expect(kept.observations.bioPhone).toBeUndefined();
	});
});
