import {expect, test} from 'vitest';
import {wordings} from '../content-scripts/dom/normalize-text.js';
import {maxLabelLength} from '../content-scripts/dom/walk-page.js';
import {siteReaders} from '../content-scripts/sites/index.js';

// The text index keeps no text longer than maxLabelLength (dom/text-index.ts): a label wording longer
// than that could never be found, and its field would be "couldn't check" on every page. X's French
// Grok switch (167 characters) was one, until the cap was raised.
test.each(siteReaders.map(site => [site.site.id, site] as const))('every %s label wording, in every language, fits the text index', (_id, site) => {
	for (const [language, table] of Object.entries(site.languages)) {
		for (const [key, entry] of Object.entries(table)) {
			for (const wording of wordings(entry)) {
				expect(wording.length, `${language}.${key}: "${wording}"`).toBeLessThanOrEqual(maxLabelLength);
			}
		}
	}
});
