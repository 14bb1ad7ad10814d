import {pageFields, showsField} from './page-fields.js';
import type {FieldId, Observations} from '../model/fields.js';
import {unknown, type Observed} from '../model/observed.js';
import {pageOf, type SiteDescription} from '../sites/define-site.js';

/** What the extension keeps of one page: findings-level observations, never HTML or values. */
export type PageRecord = {pageKind: string; readAt: number; observations: Observations};

/** What the audit needs of a site: its description, or an app known only through guided questions (no pages). */
export type AuditedSite = Pick<SiteDescription, 'id' | 'name' | 'checkupUrl' | 'pages'>;

/** A platform's answers to guided questions, as observations marked reported (src/core/questions/answers.ts). */
export type ReportedFields = {fields: ReadonlySet<FieldId>; observations: Observations};

const noReports: ReportedFields = {fields: new Set(), observations: {}};

/** Every field the site can read on any of its page kinds. */
export const readableFields = (site: AuditedSite): Set<FieldId> =>
	new Set(Object.values(site.pages).flatMap(pageFields));

/**
 * Several pages (and the user's answers) → one picture of the site. Per field: the newest known
 * reading from any page kind that shows it; failing that, the newest unknown with its reason;
 * failing that, "page not visited". A page kind's record is replaced on each visit, so a field
 * that stops being readable there turns unknown instead of keeping a stale value.
 *
 * A reported answer counts only when it is newer than the newest known page reading of that field:
 * a fresh reading of the page beats an older answer, and an answer given after the last reading
 * beats it (the user may have just changed the setting in the app). At the same moment, the page
 * wins. With no known value at all, a page's reason for not reading it comes before "not answered".
 */
export function mergeObservations(site: AuditedSite, records: readonly PageRecord[], reported: ReportedFields = noReports): Observations {
	const merged: Partial<Record<FieldId, Observed<unknown>>> = {};
	const newestFirst = [...records].sort((a, b) => b.readAt - a.readAt || a.pageKind.localeCompare(b.pageKind));
	for (const field of new Set([...readableFields(site), ...reported.fields])) {
		const readings = newestFirst
			.filter(record => showsField(pageOf(site, record.pageKind), field) && record.observations[field] !== undefined)
			.map(record => ({at: record.readAt, observed: record.observations[field] as Observed<never>}));
		const read = readings.find(reading => reading.observed.state === 'known');
		const answer = reported.fields.has(field) ? reported.observations[field] as Observed<never> | undefined : undefined;
		if (answer?.state === 'known' && (read === undefined || (answer.reportedAt ?? 0) > read.at)) {
			merged[field] = answer;
		} else {
			merged[field] = read?.observed ?? readings[0]?.observed ?? answer ?? unknown('page-not-visited');
		}
	}

	return merged as Observations;
}
