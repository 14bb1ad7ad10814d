import {pageFields} from '../audit/page-fields.js';
import type {PageRecord} from '../audit/merge-observations.js';
import {isFieldId, type Observations} from '../model/fields.js';
import type {StoredPages} from '../model/stored-pages.js';
import {isValidObserved} from '../model/valid-observed.js';
import {isRecord} from '../is-record.js';
import {pageOf} from '../sites/define-site.js';
import {siteById} from '../sites/index.js';

export type Repaired<T> = {value: T; damaged: boolean};

/**
 * What was read, as stored, checked part by part: a site or page kind Overshare does not have, a
 * record of the wrong shape, an observation that is not one a page could have sent: each is dropped
 * alone, and the rest kept. A dropped observation reads as "not visited" again, never as safe.
 */
export function repairPages(raw: unknown): Repaired<StoredPages> {
	if (raw === undefined) {
		return {value: {}, damaged: false};
	}

	if (!isRecord(raw)) {
		return {value: {}, damaged: true};
	}

	let damaged = false;
	const pages: StoredPages = {};
	for (const [siteId, kinds] of Object.entries(raw)) {
		const site = siteById(siteId);
		if (!site || !isRecord(kinds)) {
			damaged = true;
			continue;
		}

		const records: Record<string, PageRecord> = {};
		for (const [pageKind, record] of Object.entries(kinds)) {
			const page = pageOf(site, pageKind);
			const readAt = isRecord(record) ? record.readAt : undefined;
			if (!page || !isRecord(record) || record.pageKind !== pageKind || typeof readAt !== 'number' || !Number.isFinite(readAt) || !isRecord(record.observations)) {
				damaged = true;
				continue;
			}

			const allowed = new Set<string>(pageFields(page));
			const observations: Record<string, unknown> = {};
			for (const [field, observed] of Object.entries(record.observations)) {
				if (isFieldId(field) && allowed.has(field) && isValidObserved(field, observed)) {
					observations[field] = observed;
				} else {
					damaged = true;
				}
			}

			records[pageKind] = {pageKind, readAt, observations: observations as Observations};
		}

		if (Object.keys(records).length > 0) {
			pages[siteId] = records;
		}
	}

	return {value: pages, damaged};
}
