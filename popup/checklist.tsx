import type {ComponentChildren} from 'preact';
import type {Finding, SiteAudit, Status} from '../src/model/audit.js';
import {ChecklistItem} from './checklist-item.js';
import {ExternalLink} from './external-link.js';
import * as t from './strings.js';

/** Risks first, then what couldn't be checked, then what is fine. "Unknown" is never shown as ok. */
export const groupOrder: readonly Status[] = ['risk', 'unknown', 'ok'];

function Group({site, status, findings, children}: {site: string; status: Status; findings: Finding[]; children?: ComponentChildren}) {
	const id = `${site}-${status}`;
	return (
		<section class={`group group-${status}`} aria-labelledby={id} data-group={status}>
			<h3 id={id}>{t.groupHeading[status]}</h3>
			{children}
			<ul class="items">
				{findings.map(finding => <ChecklistItem key={finding.ruleId} finding={finding}/>)}
			</ul>
		</section>
	);
}

function PagesToVisit({pages}: {pages: SiteAudit['pagesToVisit']}) {
	if (pages.length === 0) {
		return null;
	}

	return (
		<div class="to-visit">
			<p>{t.pagesToVisit}</p>
			<ul class="page-links">
				{pages.map(page => <li key={page.pageKind}><ExternalLink href={page.url}>{page.title}</ExternalLink></li>)}
			</ul>
		</div>
	);
}

/** One site's findings, grouped by status; the engine already sorts each group by severity. */
export function Checklist({site}: {site: SiteAudit}) {
	const groups = groupOrder
		.map(status => ({status, findings: site.findings.filter(finding => finding.status === status)}))
		.filter(group => group.findings.length > 0);
	return (
		<>
			{groups.map(({status, findings}) => (
				<Group key={status} site={site.site} status={status} findings={findings}>
					{status === 'unknown' && <PagesToVisit pages={site.pagesToVisit}/>}
				</Group>
			))}
		</>
	);
}
