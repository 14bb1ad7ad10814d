import type {Site} from '../../content-scripts/define-site.js';
import {showsField} from './page-fields.js';
import type {Audit, Finding, SiteAudit, Status} from '../model/audit.js';
import {isHighOrWorse, severityRank, type AudienceProfile} from '../model/severity.js';
import {crossRules} from '../rules/across/index.js';
import type {CrossRule} from '../rules/across/define-cross-rule.js';
import type {Rule} from '../rules/define-rule.js';
import {evaluateCrossRule, siteViews} from './cross-site.js';
import {evaluateRule} from './evaluate-rule.js';
import {scoreFindings, startHere} from './score.js';
import {mergeObservations, type PageRecord} from './merge-observations.js';

const statusOrder: Record<Status, number> = {risk: 0, unknown: 1, ok: 2};

const byImportance = (a: Finding, b: Finding): number =>
	statusOrder[a.status] - statusOrder[b.status] || severityRank[b.severity] - severityRank[a.severity];

/** The page kinds that would turn the unknown findings into answers, each once. */
function pagesToVisit(site: Site, findings: readonly Finding[]): SiteAudit['pagesToVisit'] {
	const kinds = new Set<string>();
	for (const finding of findings) {
		for (const {field} of finding.missing ?? []) {
			const kind = Object.entries(site.pages).find(([, page]) => showsField(page, field))?.[0];
			if (kind) {
				kinds.add(kind);
			}
		}
	}

	return [...kinds].map(pageKind => ({pageKind, title: site.pages[pageKind]!.title, url: site.pages[pageKind]!.url}));
}

export function auditSite(site: Site, records: readonly PageRecord[], rules: readonly Rule[], profile: AudienceProfile): SiteAudit {
	const observations = mergeObservations(site, records);
	const findings = rules
		.map(rule => evaluateRule(rule, site, observations, profile))
		.filter((finding): finding is Finding => finding !== undefined)
		.sort(byImportance);
	return {
		site: site.id,
		siteName: site.name,
		findings,
		// Newest first, whatever order the records came in.
		pagesRead: [...records].sort((a, b) => b.readAt - a.readAt || a.pageKind.localeCompare(b.pageKind))
			.map(({pageKind, readAt}) => ({pageKind, title: site.pages[pageKind]?.title ?? pageKind, readAt})),
		pagesToVisit: pagesToVisit(site, findings),
		score: scoreFindings(findings),
	};
}

/**
 * Every site with at least one page read (sites never visited are not audited: nothing to say yet),
 * then the rules across accounts over those sites together.
 */
export function buildAudit(
	sites: readonly Site[],
	recordsBySite: Readonly<Record<string, readonly PageRecord[]>>,
	rules: readonly Rule[],
	profile: AudienceProfile = 'adult',
	now = Date.now(),
	cross: readonly CrossRule[] = crossRules,
): Audit {
	const audited = sites.filter(site => (recordsBySite[site.id]?.length ?? 0) > 0);
	const siteAudits = audited.map(site => auditSite(site, recordsBySite[site.id]!, rules, profile));
	const views = siteViews(audited.map(site => ({site, observations: mergeObservations(site, recordsBySite[site.id]!)})));
	const across = cross
		.map(rule => evaluateCrossRule(rule, sites, views, profile))
		.filter((finding): finding is Finding => finding !== undefined)
		.sort(byImportance);
	// Conversation prompts (SUP) are listed but neither counted nor scored.
	const findings = [...siteAudits.flatMap(site => site.findings), ...across].filter(finding => !finding.prompt);
	const count = (status: Status) => findings.filter(finding => finding.status === status).length;
	const first = startHere(findings);
	return {
		sites: siteAudits,
		across,
		counts: {risk: count('risk'), unknown: count('unknown'), ok: count('ok')},
		urgent: findings.filter(finding => finding.status === 'risk' && isHighOrWorse(finding.severity)).length,
		score: scoreFindings(findings),
		...(first ? {startHere: {site: first.site, ruleId: first.ruleId}} : {}),
		profile,
		updatedAt: now,
	};
}
