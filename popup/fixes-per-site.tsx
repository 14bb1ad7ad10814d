import type {Finding} from '../src/core/model/audit.js';
import * as e from './engine-texts.js';
import {ExternalLink} from './external-link.js';
import {ShowMeButton} from './show-me-button.js';
import * as t from './strings.js';

/**
 * A finding across accounts: each site involved, with its own steps and link. At risk: how to fix
 * that site's part, and "Show me" for it; couldn't check: what was not read there and the page that would answer it.
 */
export function FixesPerSite({finding}: {finding: Finding}) {
	const atRisk = finding.status === 'risk';
	// An ok item has nothing to fix on any site: its line says so.
	if (finding.status === 'ok') {
		return null;
	}

	return (
		<ul class="site-parts">
			{(finding.involves ?? []).map((part, index) => {
				const missing = [...new Set((part.missing ?? []).map(({field}) => e.fieldLabel(field)))];
				const steps = e.steps(part.fix);
				return (
					<li key={`${part.site}-${index}`} class="site-part" data-site={part.site}>
						<h5>{t.onSite(part.siteName)}</h5>
						{missing.length > 0 && <p class="missing">{t.notRead}{missing.join(', ')}</p>}
						{atRisk && steps.length > 0 && <ol class="steps">{steps.map((step, at) => <li key={at}>{step}</li>)}</ol>}
						{finding.status === 'unknown' && part.check
							? <ExternalLink class="action" href={part.check.url}>{t.openPage(e.place(part.check))}</ExternalLink>
							: <ExternalLink class={atRisk ? 'action primary' : 'action'} href={part.fix.url}>{atRisk ? t.fixIt(e.place(part.fix)) : t.openPage(e.place(part.fix))}</ExternalLink>}
						{/* A part with its own fix page (steps, a URL) can point at the control; a checkup fallback cannot. */}
						{atRisk && part.role && part.fix.url && steps.length > 0
							&& <ShowMeButton site={part.site} ruleId={finding.ruleId} role={part.role} steps={steps}/>}
					</li>
				);
			})}
		</ul>
	);
}
