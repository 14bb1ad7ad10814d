import type {Finding} from '../src/model/audit.js';
import {send} from '../src/send.js';
import {ExternalLink} from './external-link.js';
import {itemId} from './score-line.js';
import {SiteParts} from './site-parts.js';
import * as t from './strings.js';

function Steps({steps}: {steps: readonly string[]}) {
	return steps.length === 0 ? null : <ol class="steps">{steps.map((step, index) => <li key={index}>{step}</li>)}</ol>;
}

/** A one-site finding's steps and link: to fix it, or (couldn't check) the page that would answer it. */
function FixOnSite({finding: {site, ruleId, status, fix, check}}: {finding: Finding}) {
	const atRisk = status === 'risk';
	return (
		<>
			{atRisk
				? <Steps steps={fix.steps}/>
				: fix.steps.length > 0 && (
					<details>
						<summary>{t.howToChange}</summary>
						<Steps steps={fix.steps}/>
					</details>
				)}
			{status === 'unknown' && check
				? <ExternalLink class="action" href={check.url}>{t.openPage(check.page)}</ExternalLink>
				: <ExternalLink class={atRisk ? 'action primary' : 'action'} href={fix.url}>{atRisk ? t.fixIt(fix.page) : t.openPage(fix.page)}</ExternalLink>}
			{atRisk && <button type="button" class="show-me" onClick={() => void send('showMe', {site, ruleId, steps: [...fix.steps]}).catch(() => undefined)}>{t.showMe}</button>}
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
			{status === 'unknown' && !finding.involves && missing.length > 0 && <p class="missing">{t.notRead}{missing.join(', ')}</p>}
			<details>
				<summary>{t.whyItMatters}</summary>
				<p>{finding.why}</p>
			</details>
			{finding.involves ? <SiteParts finding={finding}/> : <FixOnSite finding={finding}/>}
		</li>
	);
}
