import type {Finding, Grade, Score} from '../model/audit.js';
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

/**
 * Where to start: the open risk whose fix removes the most penalty; the first such in checklist
 * order (rules are listed by importance) when several tie.
 */
export function startHere(findings: readonly Finding[]): Finding | undefined {
	return findings
		.filter(finding => finding.status === 'risk')
		.reduce<Finding | undefined>((best, finding) => (!best || penalty[finding.severity] > penalty[best.severity] ? finding : best), undefined);
}
