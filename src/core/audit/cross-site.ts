import {acrossSites, type Finding, type SitePart} from '../model/audit.js';
import type {FieldId, Observations} from '../model/fields.js';
import type {AudienceProfile} from '../model/severity.js';
import type {CrossRule, SiteView} from '../rules/across/define-cross-rule.js';
import {fixFor, pageShowing} from './evaluate-rule.js';
import {readableFields, type AuditedSite} from './merge-observations.js';

/** Each audited site, as rules across accounts see it. */
export const siteViews = (audited: ReadonlyArray<{site: AuditedSite; observations: Observations}>): SiteView[] =>
	audited.map(({site, observations}) => ({site: site.id, siteName: site.name, observations, readable: readableFields(site)}));

/**
 * One rule across accounts over every audited site. Undefined when fewer than two audited sites can
 * show what it reads. A risk names every site involved, each with its own fix; with no risk proven,
 * any unknown input on any site makes it unknown, with what each site is missing.
 */
export function evaluateCrossRule(rule: CrossRule, sites: readonly AuditedSite[], views: readonly SiteView[], profile: AudienceProfile): Finding | undefined {
	const siteOf = (id: string) => sites.find(site => site.id === id)!;
	const involved = views.filter(view => rule.reads.some(field => view.readable.has(field)));
	if (involved.length < 2) {
		return undefined;
	}

	const base = {ruleId: rule.id, site: acrossSites, family: rule.family, severity: rule.severity[profile]};
	const judgement = rule.judge(involved);
	if (judgement.risky) {
		const parts: SitePart[] = judgement.parts.map(({site, role}) => ({
			site, siteName: siteOf(site).name, role, fix: fixFor(rule.fixes[role], siteOf(site)),
		}));
		return {...base, status: 'risk', severity: (judgement.severity ?? rule.severity)[profile], exposure: {rule: rule.id, ...judgement.exposure}, fix: parts[0]!.fix, involves: parts,
			...(judgement.reach ? {reach: judgement.reach} : {})};
	}

	const missingParts: SitePart[] = involved.flatMap(view => {
		const missing = rule.reads
			.filter(field => view.readable.has(field) && view.observations[field]?.state !== 'known')
			.map(field => ({field, reason: unknownReason(view.observations, field)}));
		const site = siteOf(view.site);
		const fix = fixFor(undefined, site);
		return missing.length === 0 ? [] : [{site: view.site, siteName: site.name, fix, missing, check: pageShowing(site, missing[0]!.field, fix)}];
	});
	if (missingParts.length > 0) {
		const first = missingParts[0]!;
		return {
			...base, status: 'unknown',
			exposure: {id: 'couldnt-check-on', values: {site: {site: first.site, name: first.siteName}, reason: {reason: first.missing![0]!.reason}}},
			fix: first.fix, involves: missingParts, missing: missingParts.flatMap(part => part.missing!), ...(first.check ? {check: first.check} : {}),
		};
	}

	return {...base, status: 'ok', exposure: {rule: rule.id, id: 'ok'}, fix: fixFor(undefined, siteOf(involved[0]!.site)),
		involves: involved.map(view => ({site: view.site, siteName: view.siteName, fix: fixFor(undefined, siteOf(view.site))}))};
}

const unknownReason = (observations: Observations, field: FieldId) => {
	const observed = observations[field];
	return observed?.state === 'unknown' ? observed.reason : 'page-not-visited' as const;
};
