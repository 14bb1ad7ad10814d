import type {Finding} from '../src/core/model/audit.js';
import {ExternalLink} from './external-link.js';
import {questionAnchor} from './question-item.js';
import {itemId} from './score-line.js';
import {ShowMeButton} from './show-me-button.js';
import {SiteParts} from './site-parts.js';
import * as t from './strings.js';

function Steps({steps}: {steps: readonly string[]}) {
	return steps.length === 0 ? null : <ol class="steps">{steps.map((step, index) => <li key={index}>{step}</li>)}</ol>;
}

/** Where to go next: the question that would answer it, the page that shows it, or the fix (in the app: no link). */
function Action({finding: {site, ruleId, status, fix, check, question}}: {finding: Finding}) {
	const atRisk = status === 'risk';
	if (status === 'unknown' && question) {
		return <a class="action" href={`#${questionAnchor(question)}`}>{t.answerQuestion}</a>;
	}

	if (status === 'unknown' && check?.url) {
		return <ExternalLink class="action" href={check.url}>{t.openPage(check.page)}</ExternalLink>;
	}

	if (!fix.url) {
		return atRisk ? <p class="action">{t.fixInApp(fix.page)}</p> : null;
	}

	return (
		<>
			<ExternalLink class={atRisk ? 'action primary' : 'action'} href={fix.url}>{atRisk ? t.fixIt(fix.page) : t.openPage(fix.page)}</ExternalLink>
			{atRisk && <ShowMeButton site={site} ruleId={ruleId} steps={fix.steps}/>}
		</>
	);
}

/** A one-site finding's steps, then where to go. */
function FixOnSite({finding}: {finding: Finding}) {
	const {status, fix} = finding;
	return (
		<>
			{status === 'risk'
				? <Steps steps={fix.steps}/>
				: fix.steps.length > 0 && (
					<details>
						<summary>{t.howToChange}</summary>
						<Steps steps={fix.steps}/>
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
	const missing = [...new Set((finding.missing ?? []).map(({field}) => t.fieldLabel(field)))];
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
			{status === 'unknown' && !finding.involves && missing.length > 0 && <p class="missing">{t.notRead}{missing.join(', ')}</p>}
			<details>
				<summary>{t.whyItMatters}</summary>
				<p>{finding.why}</p>
			</details>
			{finding.involves ? <SiteParts finding={finding}/> : <FixOnSite finding={finding}/>}
		</li>
	);
}
