import {uiLocale} from '../src/i18n/t.js';

// Dates in the UI language's locale (src/i18n/t.ts uiLocale), never the runtime's default: a browser in a
// language Overshare does not speak gets English words, and English dates with them.

/** A date as people read it ("November 26, 2026", "26 novembre 2026"): the review, its agreement, the check-in. */
export const dateOf = (time: number) => new Date(time).toLocaleDateString(uiLocale(), {dateStyle: 'long'});

/** A short date ("11/26/2026", "26/11/2026"): when an answer was given, since when a page changed. */
export const shortDateOf = (time: number) => new Date(time).toLocaleDateString(uiLocale());

/** A date and time: a past scan (medium), the report's making (long). */
export const dateTimeOf = (time: number | Date, dateStyle: 'medium' | 'long') =>
	new Date(time).toLocaleString(uiLocale(), {dateStyle, timeStyle: 'short'});
