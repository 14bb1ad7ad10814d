import type {Finding, Grade, Score} from '../model/audit.js';
import type {Audience} from '../model/audience.js';
import type {Severity} from '../model/severity.js';

// risks-and-settings.md (d): 100 − Σ penalties, grade A ≥ 90 … F < 50, capped at D while a
// critical finding is open. Unknowns neither raise nor lower it: they lower coverage.

export const penalty: Record<Severity, number> = {critical: 20, high: 10, medium: 5, low: 2, info: 0};

const gradeOf = (value: number): Grade => (value >= 90 ? 'A' : value >= 80 ? 'B' : value >= 65 ? 'C' : value >= 50 ? 'D' : 'F');
const gradeOrder: readonly Grade[] = ['A', 'B', 'C', 'D', 'F'];

export function scoreFindings(all: readonly Finding[]): Score {
	// Conversation prompts (SUP rules) are not scores (risks-and-settings.md (c)).
	const findings = all.filter(finding => !finding.prompt);
	const checked = findings.filter(finding => finding.status !== 'unknown');
	if (checked.length === 0) {
		return {value: null, grade: null, checked: 0, total: findings.length};
	}

	const risks = checked.filter(finding => finding.status === 'risk');
	const value = Math.max(0, 100 - risks.reduce((sum, finding) => sum + penalty[finding.severity], 0));
	const graded = gradeOf(value);
	// One open critical finding must not hide behind a good average.
	const capped = risks.some(finding => finding.severity === 'critical') && gradeOrder.indexOf(graded) < gradeOrder.indexOf('D');
	return {value, grade: capped ? 'D' : graded, checked: checked.length, total: findings.length};
}

/** Liu–Terzi visibility weights (risks-and-settings.md (d) 2): how far an exposure reaches. */
export const visibilityWeight: Record<Audience, number> = {public: 1, 'friends-of-friends': 0.7, friends: 0.4, custom: 0.3, 'only-me': 0};

/**
 * The risk an open finding carries: sensitivity × visibility. Sensitivity is the severity's penalty
 * (the rules grade it per item: a full birthdate above a birth year); visibility is who sees it, taken
 * as Public when the rule does not say (a setting that opens you to anyone). Ok, unknown and prompts: 0.
 */
export const riskOf = (finding: Finding): number =>
	(finding.status === 'risk' && !finding.prompt ? penalty[finding.severity] * visibilityWeight[finding.reach ?? 'public'] : 0);

/** One place to act: a page of one site, with the open findings its fix removes. */
export type Fix = {site: string; url: string; page: string; risk: number; findings: Finding[]};

/**
 * The fixes in the order to make them: the one that removes the most risk first. A fix is a page of a
 * site; it removes every finding whose fix is there, and every finding across accounts it has a part
 * in (undoing one part breaks the combination). Ties keep checklist order.
 */
export function fixOrder(findings: readonly Finding[]): Fix[] {
	const fixes = new Map<string, Fix>();
	for (const finding of findings.filter(candidate => riskOf(candidate) > 0)) {
		const places = finding.involves?.map(part => ({site: part.site, fix: part.fix})) ?? [{site: finding.site, fix: finding.fix}];
		for (const {site, fix} of places) {
			const key = `${site} ${fix.url}`;
			const entry = fixes.get(key) ?? {site, url: fix.url, page: fix.page, risk: 0, findings: []};
			if (!entry.findings.includes(finding)) {
				entry.findings.push(finding);
				entry.risk += riskOf(finding);
			}

			fixes.set(key, entry);
		}
	}

	return [...fixes.values()].sort((a, b) => b.risk - a.risk);
}

/** Where to start: the riskiest open finding of the fix that removes the most risk. */
export function startHere(findings: readonly Finding[]): Finding | undefined {
	const [first] = fixOrder(findings);
	return first?.findings.reduce((best, finding) => (riskOf(finding) > riskOf(best) ? finding : best));
}
