import type {Finding} from '../src/core/model/audit.js';
import {shortDateOf} from './date-of.js';
import * as e from './engine-texts.js';
import {ExternalLink} from './external-link.js';
import {questionAnchor} from './question-item.js';
import {itemId} from './score-line.js';
import {ShowMeButton} from './show-me-button.js';
import {FixesPerSite} from './fixes-per-site.js';
import * as t from './strings.js';

function Steps({steps}: {steps: readonly string[]}) {
	return steps.length === 0 ? null : <ol class="steps">{steps.map((step, index) => <li key={index}>{step}</li>)}</ol>;
}

/** Where to go next: the question that would answer it, the page that shows it, or the fix (in the app: no link). */
function Action({finding: {site, ruleId, status, fix, check, question}}: {finding: Finding}) {
	const steps = e.steps(fix);
	const atRisk = status === 'risk';
	if (status === 'unknown' && question) {
		return <a class="action" href={`#${questionAnchor(question)}`}>{t.answerQuestion}</a>;
	}

	if (status === 'unknown' && check?.url) {
		return <ExternalLink class="action" href={check.url}>{t.openPage(e.place(check))}</ExternalLink>;
	}

	if (!fix.url) {
		return atRisk ? <p class="action">{t.fixInApp(e.place(fix))}</p> : null;
	}

	return (
		<>
			<ExternalLink class={atRisk ? 'action primary' : 'action'} href={fix.url}>{atRisk ? t.fixIt(e.place(fix)) : t.openPage(e.place(fix))}</ExternalLink>
			{atRisk && <ShowMeButton site={site} ruleId={ruleId} steps={steps}/>}
		</>
	);
}

/** A one-site finding's steps, then where to go. */
function FixOnSite({finding}: {finding: Finding}) {
	const {status} = finding;
	const steps = e.steps(finding.fix);
	return (
		<>
			{status === 'risk'
				? <Steps steps={steps}/>
				: steps.length > 0 && (
					<details>
						<summary>{t.howToChange}</summary>
						<Steps steps={steps}/>
					</details>
				)}
			<Action finding={finding}/>
		</>
	);
}

/**
 * One checklist line. A finding across accounts lists each site's part with its own fix. The attributes data-rule and data-status are read by the end-to-end tests.
 * Severity is always written out, never shown by colour alone.
 */
export function ChecklistItem({finding}: {finding: Finding}) {
	const {status, severity} = finding;
	const atRisk = status === 'risk';
	const missing = [...new Set((finding.missing ?? []).map(({field}) => e.fieldLabel(field)))];
	return (
		<li id={itemId(finding.site, finding.ruleId)} class={`item status-${status} severity-${severity}`} data-rule={finding.ruleId} data-status={status}>
			<div class="item-head">
				<span class="badge">
					{!atRisk && <span class="visually-hidden">{t.severityIfAtRisk}</span>}
					{t.severityLabel[severity]}
				</span>
				<h4 class="item-title">{e.title(finding)}</h4>
			</div>
			<p class="exposure">{e.exposure(finding)}</p>
			{finding.reported && <p class="reported" data-reported-at={finding.reported.at}>{t.reportedOn(shortDateOf(finding.reported.at))}</p>}
			{status === 'unknown' && !finding.involves && missing.length > 0 && <p class="missing">{t.notRead}{missing.join(', ')}</p>}
			<details>
				<summary>{t.whyItMatters}</summary>
				<p>{e.why(finding)}</p>
			</details>
			{finding.involves ? <FixesPerSite finding={finding}/> : <FixOnSite finding={finding}/>}
		</li>
	);
}
