import type {SiteReaders} from '../define-site-readers.js';
import {normalizeText, wordings} from '../dom/normalize-text.js';
import {maxLabelLength} from '../dom/walk-page.js';

/** Characters that may sit between known wordings ("Edit privacy. Sharing with Public."). */
const separator = /[\s.,:;!?…·•()|/\-–—"']/;


/**
 * Every wording of a site's label tables, in all its UI languages: the texts the readers match on.
 * A page sample keeps these and blanks every other text, so what it keeps is the site's own UI
 * vocabulary, never the user's words.
 */
export function siteWordings(site: SiteReaders): ReadonlySet<string> {
	const all = new Set<string>();
	for (const table of Object.values(site.languages)) {
		for (const entry of Object.values(table)) {
			for (const wording of wordings(entry)) {
				const trimmed = wording.trim();
				if (trimmed !== '') {
					all.add(trimmed);
				}

				// A wording's leading sentence alone: Facebook's button says "Edit privacy" before it
				// says "Edit privacy. Sharing with …", and the ready check looks for that prefix.
				for (const match of trimmed.matchAll(/[.?!:](?=\s)/g)) {
					all.add(trimmed.slice(0, match.index));
				}
			}
		}
	}

	return all;
}

/** Lower case with curly quotes straightened, character for character (positions stay those of the original). */
const lowered = (text: string): string => text.toLowerCase().replace(/[\u2018\u2019\u02BC]/g, '\'').replace(/[\u201C\u201D]/g, '"');

/**
 * Which positions of the text can be reached by reading known wordings and separators from its
 * start. A wording must start and end at a boundary (the start, the end, or beside a separator), so
 * "Ono" never passes as "on" + "o".
 */
function reachable(value: string, known: ReadonlySet<string>): boolean[] {
	// Where a wording may end: before a separator, or at the end. Only those slices are looked up.
	const ends: number[] = [];
	for (let at = 0; at < value.length; at++) {
		if (separator.test(value[at]!)) {
			ends.push(at);
		}
	}

	ends.push(value.length);
	const reach = Array.from<boolean>({length: value.length + 1}).fill(false);
	reach[0] = true;
	for (let at = 0; at < value.length; at++) {
		if (!reach[at]) {
			continue;
		}

		if (separator.test(value[at]!)) {
			reach[at + 1] = true;
			continue;
		}

		for (const end of ends) {
			if (end > at + maxLabelLength) {
				break;
			}

			if (end > at && known.has(value.slice(at, end))) {
				reach[end] = true;
			}
		}
	}

	return reach;
}

/**
 * Is the text made only of known wordings, with separators between them? Pure punctuation passes
 * too: it says nothing. Case, quotes and spacing are compared in the readers' form (normalizeText).
 */
export function isKnownText(text: string, known: ReadonlySet<string>): boolean {
	const value = normalizeText(text);
	return value === '' || reachable(value, known)[value.length]!;
}

/**
 * The text as a page sample keeps it: whole when known; else its longest leading run of known
 * wordings followed by the placeholder ("Shared with [text]" for a custom list's name, "You don't
 * have any active apps or websites [text]"), so prefix checks still work; else the placeholder alone.
 */
export function keptText(text: string, known: ReadonlySet<string>, placeholder: string): string {
	if (isKnownText(text, known)) {
		return text;
	}

	const reach = reachable(lowered(text), known);
	let end = text.length - 1;
	while (end > 0 && !reach[end]) {
		end--;
	}

	const prefix = text.slice(0, end);
	return /[^\s.,:;!?…·•()|/\-–—"']/.test(prefix) ? `${prefix}${/\s$/.test(prefix) ? '' : ' '}${placeholder}` : placeholder;
}
