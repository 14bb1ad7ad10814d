import type {Finding} from '../src/model/audit.js';
import {fieldLabels} from '../src/model/fields.js';
import {ExternalLink} from './external-link.js';
import {questionAnchor} from './question-item.js';
import {itemId} from './score-line.js';
import * as t from './strings.js';

function Steps({steps}: {steps: readonly string[]}) {
	return steps.length === 0 ? null : <ol class="steps">{steps.map((step, index) => <li key={index}>{step}</li>)}</ol>;
}

/** Where to go next: the question that would answer it, the page that shows it, or the fix (in the app, no link). */
function Action({finding}: {finding: Finding}) {
	const {status, fix} = finding;
	const atRisk = status === 'risk';
	if (status === 'unknown' && finding.question) {
		return <a class="action" href={`#${questionAnchor(finding.question)}`}>{t.answerQuestion}</a>;
	}

	if (status === 'unknown' && finding.check?.url) {
		return <ExternalLink class="action" href={finding.check.url}>{t.openPage(finding.check.page)}</ExternalLink>;
	}

	if (!fix.url) {
		return atRisk ? <p class="action">{t.fixInApp(fix.page)}</p> : null;
	}

	return <ExternalLink class={atRisk ? 'action primary' : 'action'} href={fix.url}>{atRisk ? t.fixIt(fix.page) : t.openPage(fix.page)}</ExternalLink>;
}

/**
 * One checklist line. The attributes data-rule and data-status are read by the end-to-end tests.
 * Severity is always written out, never shown by colour alone.
 */
export function ChecklistItem({finding}: {finding: Finding}) {
	const {status, severity, fix} = finding;
	const atRisk = status === 'risk';
	const missing = [...new Set((finding.missing ?? []).map(({field}) => fieldLabels[field] ?? field))];
	return (
		<li id={itemId(finding.site, finding.ruleId)} class={`item status-${status} severity-${severity}`} data-rule={finding.ruleId} data-status={status}>
			<div class="item-head">
				<span class="badge">
					{!atRisk && <span class="visually-hidden">{t.severityIfAtRisk}</span>}
					{t.severityLabel[severity]}
				</span>
				<h4 class="item-title">{finding.title}</h4>
			</div>
			<p class="exposure">{finding.exposure}</p>
			{finding.reported && <p class="reported" data-reported-at={finding.reported.at}>{t.reportedOn(new Date(finding.reported.at).toLocaleDateString())}</p>}
			{status === 'unknown' && missing.length > 0 && <p class="missing">{t.notRead}{missing.join(', ')}</p>}
			<details>
				<summary>{t.whyItMatters}</summary>
				<p>{finding.why}</p>
			</details>
			{atRisk
				? <Steps steps={fix.steps}/>
				: fix.steps.length > 0 && (
					<details>
						<summary>{t.howToChange}</summary>
						<Steps steps={fix.steps}/>
					</details>
				)}
			<Action finding={finding}/>
		</li>
	);
}
