import type {Site} from '../../content-scripts/define-site.js';
import {pageFields, showsField} from './page-fields.js';
import type {FieldId, Observations} from '../model/fields.js';
import {unknown, type Observed} from '../model/observed.js';

/** What the extension keeps of one page: findings-level observations, never HTML or values. */
export type PageRecord = {pageKind: string; readAt: number; observations: Observations};

/** Every field the site can read on any of its page kinds. */
export const readableFields = (site: Site): Set<FieldId> =>
	new Set(Object.values(site.pages).flatMap(pageFields));

/**
 * Several pages → one picture of the site. Per field: the newest known reading from any page kind
 * that shows it; failing that, the newest unknown with its reason; failing that, "page not visited".
 * A page kind's record is replaced on each visit, so a field that stops being readable there
 * turns unknown instead of keeping a stale value.
 */
export function mergeObservations(site: Site, records: readonly PageRecord[]): Observations {
	const merged: Partial<Record<FieldId, Observed<unknown>>> = {};
	const newestFirst = [...records].sort((a, b) => b.readAt - a.readAt || a.pageKind.localeCompare(b.pageKind));
	for (const field of readableFields(site)) {
		const readings = newestFirst
			.filter(record => showsField(site.pages[record.pageKind], field))
			.map(record => record.observations[field])
			.filter((observed): observed is Observed<never> => observed !== undefined);
		merged[field] = readings.find(observed => observed.state === 'known') ?? readings[0] ?? unknown('page-not-visited');
	}

	return merged as Observations;
}
