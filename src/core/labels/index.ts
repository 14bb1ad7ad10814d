import type {LabelTable} from './label-table.js';
import {labelsEn as facebookEn} from './facebook/en.js';
import {labelsEs as facebookEs} from './facebook/es.js';
import {labelsEn as googleEn} from './google/en.js';
import {labelsEs as googleEs} from './google/es.js';
import {labelsEn as instagramEn} from './instagram/en.js';
import {labelsEn as linkedinEn} from './linkedin/en.js';
import {labelsEn as redditEn} from './reddit/en.js';
import {labelsEn as stravaEn} from './strava/en.js';
import {labelsEn as tiktokEn} from './tiktok/en.js';
import {labelsEs as tiktokEs} from './tiktok/es.js';
import {labelsDe as xDe} from './x/de.js';
import {labelsEn as xEn} from './x/en.js';
import {labelsEs as xEs} from './x/es.js';
import {labelsFr as xFr} from './x/fr.js';
import {labelsPt as xPt} from './x/pt.js';
import {labelsEn as youtubeEn} from './youtube/en.js';

/**
 * Every site's label tables, by site id and UI language (`<html lang>` primary subtag): one for each
 * language in the site's `readIn` (test/site-readers.test.ts). A content bundle carries only its site's
 * English table; the worker holds these and gives a page the one for its language (`labelTable`), so a
 * site's bundle does not grow with every language it is read in.
 */
export const labelTables: Readonly<Record<string, Readonly<Record<string, LabelTable>>>> = {
	facebook: {en: facebookEn, es: facebookEs},
	google: {en: googleEn, es: googleEs},
	instagram: {en: instagramEn},
	linkedin: {en: linkedinEn},
	reddit: {en: redditEn},
	tiktok: {en: tiktokEn, es: tiktokEs},
	strava: {en: stravaEn},
	x: {en: xEn, es: xEs, de: xDe, fr: xFr, pt: xPt},
	youtube: {en: youtubeEn},
};

/** A site's table for one language, own keys only: both come in a message ("__proto__" is no site). */
export function labelTable(site: string, language: string): LabelTable | undefined {
	const tables = Object.hasOwn(labelTables, site) ? labelTables[site] : undefined;
	return tables && Object.hasOwn(tables, language) ? tables[language] : undefined;
}
