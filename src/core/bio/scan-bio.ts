import {findNumbers} from 'libphonenumber-js/max';
import type {CountryCode} from 'libphonenumber-js/max';
import {maxBioLength} from './limits.js';
import {addressPatterns, agePatterns, emailPatterns, fullDatePatterns, schoolPatterns} from './text-patterns.js';

/** What a bio can give away. Only these kinds are kept, never the text that matched. */
export type BioKind = 'phone' | 'email' | 'fullDate' | 'address' | 'age' | 'school';


/**
 * Countries whose national number formats are tried when a number has no +country code: the browser's
 * own region first. Numbers with a + are found whatever the list.
 */
const fallbackRegions: readonly CountryCode[] = ['US', 'GB', 'DE', 'FR', 'IN', 'BR', 'AU', 'ES', 'IT', 'MX'];

export function regionsFor(language: string | undefined): CountryCode[] {
	const region = /^[a-z]{2,3}[-_]([A-Z]{2})\b/i.exec(language ?? '')?.[1]?.toUpperCase() as CountryCode | undefined;
	return [...new Set([...(region ? [region] : []), ...fallbackRegions])];
}

/** A phone number valid for its country (libphonenumber's full metadata) with at least 7 digits. */
function hasPhoneNumber(text: string, regions: readonly CountryCode[]): boolean {
	return regions.some(defaultCountry => {
		try {
			return findNumbers(text, {defaultCountry, v2: true})
				.some(found => text.slice(found.startsAt, found.endsAt).replace(/\D/g, '').length >= 7);
		} catch {
			return false;
		}
	});
}

const matchesAny = (text: string, patterns: readonly RegExp[]) => patterns.some(pattern => pattern.test(text));

/**
 * The kinds of personal detail a bio mentions. Runs in the background worker only (libphonenumber is
 * too big for the content bundles); the text is not kept: callers store the kinds.
 */
export function scanBio(raw: string, regions: readonly CountryCode[] = regionsFor(undefined)): Set<BioKind> {
	const text = raw.slice(0, maxBioLength).normalize('NFKC').replace(/\s+/g, ' ');
	const kinds = new Set<BioKind>();
	if (matchesAny(text, fullDatePatterns)) {
		kinds.add('fullDate');
	}

	// Dates and email addresses are blanked first, so "17.05.1999" is never read as a phone number.
	const rest = [...fullDatePatterns, ...emailPatterns].reduce((left, pattern) => left.replace(new RegExp(pattern.source, `${pattern.flags}g`), ' '), text);
	if (hasPhoneNumber(rest, regions)) {
		kinds.add('phone');
	}

	for (const [kind, patterns] of [['email', emailPatterns], ['address', addressPatterns], ['age', agePatterns], ['school', schoolPatterns]] as const) {
		if (matchesAny(text, patterns)) {
			kinds.add(kind);
		}
	}

	return kinds;
}
