import type {PageReading} from '../content-scripts/extract-page.js';
import {sites} from '../content-scripts/sites/index.js';
import {buildAudit} from './audit/build-audit.js';
import type {Audit} from './model/audit.js';
import {rules} from './rules/index.js';
import type {StoredPages} from './storage.js';

/**
 * Adds one page reading to what is stored and rebuilds the audit. Pure: the caller loads and
 * saves. Readings that are not "read" (someone else's profile, logged out, other language)
 * change nothing: of another person's page, nothing is kept.
 */
export function recordPage(pages: StoredPages, reading: PageReading, now: number): {pages: StoredPages; audit: Audit} | undefined {
	if (reading.status !== 'read') {
		return undefined;
	}

	const next: StoredPages = {
		...pages,
		[reading.site]: {...pages[reading.site], [reading.pageKind]: {pageKind: reading.pageKind, readAt: now, observations: reading.observations}},
	};
	return {pages: next, audit: auditOf(next, now)};
}

export function forgetSite(pages: StoredPages, site: string, now: number): {pages: StoredPages; audit: Audit} {
	const {[site]: _forgotten, ...rest} = pages;
	return {pages: rest, audit: auditOf(rest, now)};
}

export const auditOf = (pages: StoredPages, now: number): Audit =>
	buildAudit(sites, Object.fromEntries(Object.entries(pages).map(([site, kinds]) => [site, Object.values(kinds)])), rules, 'adult', now);
