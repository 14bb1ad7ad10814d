import {showsField} from './page-fields.js';
import type {Audit, Finding, SiteAudit, Status} from '../model/audit.js';
import {isHighOrWorse, severityRank, type AudienceProfile} from '../model/severity.js';
import {crossRules} from '../rules/across/index.js';
import type {CrossRule} from '../rules/across/define-cross-rule.js';
import type {Rule} from '../rules/define-rule.js';
import {evaluateCrossRule, siteViews} from './cross-site.js';
import {evaluateRule} from './evaluate-rule.js';
import {scoreFindings, startHere} from './score.js';
import {noAnswers, reportedObservations, type Answers} from '../questions/answers.js';
import {platformById, platforms} from '../questions/index.js';
import {mergeObservations, type AuditedSite, type PageRecord, type ReportedFields} from './merge-observations.js';

const statusOrder: Record<Status, number> = {risk: 0, unknown: 1, ok: 2};

const byImportance = (a: Finding, b: Finding): number =>
	statusOrder[a.status] - statusOrder[b.status] || severityRank[b.severity] - severityRank[a.severity];

/** The page kinds that would turn the unknown findings into answers, each once. */
function pagesToVisit(site: AuditedSite, findings: readonly Finding[]): SiteAudit['pagesToVisit'] {
	const kinds = new Set<string>();
	for (const finding of findings) {
		for (const {field} of finding.missing ?? []) {
			const kind = Object.entries(site.pages).find(([, page]) => showsField(page, field))?.[0];
			if (kind) {
				kinds.add(kind);
			}
		}
	}

	return [...kinds].map(pageKind => ({pageKind, url: site.pages[pageKind]!.url}));
}

export function auditSite(site: AuditedSite, records: readonly PageRecord[], rules: readonly Rule[], profile: AudienceProfile, reported?: ReportedFields): SiteAudit {
	const observations = mergeObservations(site, records, reported);
	const findings = rules
		.map(rule => evaluateRule(rule, site, observations, profile, reported?.fields))
		.filter((finding): finding is Finding => finding !== undefined)
		.sort(byImportance);
	return {
		site: site.id,
		siteName: site.name,
		findings,
		// Newest first, whatever order the records came in.
		pagesRead: [...records].sort((a, b) => b.readAt - a.readAt || a.pageKind.localeCompare(b.pageKind))
			.map(({pageKind, readAt}) => ({pageKind, readAt})),
		pagesToVisit: pagesToVisit(site, findings),
		score: scoreFindings(findings),
	};
}

/** An app with no site adapter: known only through the user's answers, so it has no pages. */
const appOnly = (id: string, name: string): AuditedSite => ({id, name, checkupUrl: '', pages: {}});

/** A site adapter by id, or else an app known only through guided questions. */
export const auditedSite = (sites: readonly AuditedSite[], id: string): AuditedSite | undefined => {
	const platform = platformById(id);
	return sites.find(site => site.id === id) ?? (platform ? appOnly(platform.id, platform.name) : undefined);
};

/**
 * Every site with at least one page read, and every app the user uses or answered questions about
 * (src/core/questions/answers.ts decides), then the rules across accounts over the sites with pages read.
 * Sites never visited are not audited (nothing to say yet).
 */
export function buildAudit(
	sites: readonly AuditedSite[],
	recordsBySite: Readonly<Record<string, readonly PageRecord[]>>,
	rules: readonly Rule[],
	profile: AudienceProfile = 'adult',
	now = Date.now(),
	answers: Answers = noAnswers,
	cross: readonly CrossRule[] = crossRules,
): Audit {
	const all = [...sites, ...platforms.filter(platform => !sites.some(site => site.id === platform.id)).map(platform => auditedSite(sites, platform.id)!)];
	const siteAudits = all
		.map(site => {
			const platform = platformById(site.id);
			return {site, reported: platform ? reportedObservations(platform, answers) : undefined};
		})
		.filter(({site, reported}) => (recordsBySite[site.id]?.length ?? 0) > 0 || reported !== undefined)
		.map(({site, reported}) => auditSite(site, recordsBySite[site.id] ?? [], rules, profile, reported));
	// Across accounts: what the pages show (the rules across sites read no app-only setting).
	const withPages = sites.filter(site => (recordsBySite[site.id]?.length ?? 0) > 0);
	const views = siteViews(withPages.map(site => ({site, observations: mergeObservations(site, recordsBySite[site.id]!)})));
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
