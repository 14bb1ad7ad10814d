import type {Audit} from '../src/core/model/audit.js';
import * as e from './engine-texts.js';
import * as t from './strings.js';

/** Grade and coverage side by side (unknowns lower coverage, never the grade), then where to start. */
export function ScoreLine({audit}: {audit: Audit | undefined}) {
	if (!audit || audit.sites.length === 0) {
		return null;
	}

	const {score, startHere} = audit;
	const findings = [...audit.sites.flatMap(site => site.findings), ...(audit.across ?? [])];
	const first = startHere && findings.find(finding => finding.site === startHere.site && finding.ruleId === startHere.ruleId);
	return (
		<div class="score">
			<p>
				<span class={`grade grade-${score.grade ?? 'none'}`} data-grade={score.grade ?? ''}>
					{score.grade !== null && score.value !== null ? t.grade(score.grade, score.value) : t.noGradeYet}
				</span>
				<span class="sep" aria-hidden="true"> · </span>
				<span class="coverage">{t.coverage(score.checked, score.total)}</span>
			</p>
			{first && (
				<p class="start-here">
					{t.startHere}{' '}
					<a href={`#${itemId(first.site, first.ruleId)}`}>{e.title(first)}</a>
				</p>
			)}
		</div>
	);
}

export const itemId = (site: string, ruleId: string) => `item-${site}-${ruleId}`;
