import {buildAudit} from './build-audit.js';
import {withBioKinds} from '../bio/bio-observations.js';
import {diffObservations, type ChangeRecord} from '../history/diff-observations.js';
import type {Audit} from '../model/audit.js';
import type {PageReading} from '../model/page-reading.js';
import type {AudienceProfile} from '../model/severity.js';
import {noAnswers, type Answers} from '../questions/answers.js';
import {rules} from '../rules/index.js';
import {sites} from '../sites/index.js';
import type {StoredPages} from '../model/stored-pages.js';

/**
 * Adds one page reading to what is stored and rebuilds the audit. Pure: the caller loads and
 * saves. Readings that are not "read" (someone else's profile, logged out, other language)
 * change nothing: of another person's page, nothing is kept. A bio's text is scanned and dropped
 * here (src/core/bio/bio-observations.ts): only the kinds it mentions are kept.
 */
export function recordPage(pages: StoredPages, withText: PageReading, now: number, profile: AudienceProfile = 'adult', answers: Answers = noAnswers):
{pages: StoredPages; audit: Audit; changed?: ChangeRecord} | undefined {
	if (withText.status !== 'read') {
		return undefined;
	}

	// The bio text becomes the kinds it mentions here, before anything below can store it.
	const reading = withBioKinds(withText);
	const previous = pages[reading.site]?.[reading.pageKind];
	const changes = previous ? diffObservations(previous.observations, reading.observations) : [];
	const changed = previous && changes.length > 0
		? {site: reading.site, pageKind: reading.pageKind, at: now, since: previous.readAt, changes}
		: undefined;

	const next: StoredPages = {
		...pages,
		[reading.site]: {...pages[reading.site], [reading.pageKind]: {pageKind: reading.pageKind, readAt: now, observations: reading.observations}},
	};
	return {pages: next, audit: auditOf(next, now, profile, answers), ...(changed ? {changed} : {})};
}

/** The audit of what is stored, for one audience profile: switching profiles re-scores without re-reading. */
export const auditOf = (pages: StoredPages, now: number, profile: AudienceProfile = 'adult', answers: Answers = noAnswers): Audit =>
	buildAudit(sites, Object.fromEntries(Object.entries(pages).map(([site, kinds]) => [site, Object.values(kinds)])), rules, profile, now, answers);
