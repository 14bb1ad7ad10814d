import type {ComponentChildren} from 'preact';
import type {Finding, SiteAudit, Status} from '../src/core/model/audit.js';
import {ChecklistItem} from './checklist-item.js';
import * as e from './engine-texts.js';
import {ExternalLink} from './external-link.js';
import * as t from './strings.js';

/** Risks first, then what couldn't be checked, then what is fine. "Unknown" is never shown as ok. */
export const groupOrder: readonly Status[] = ['risk', 'unknown', 'ok'];

type GroupKind = Status | 'talk';
const headings: Record<GroupKind, string> = {...t.groupHeading, talk: t.talkHeading};

function Group({site, status, findings, children}: {site: string; status: GroupKind; findings: Finding[]; children?: ComponentChildren}) {
	const id = `${site}-${status}`;
	// Named with its site ("Facebook, At risk"): every site has an "At risk" group, and landmarks must differ.
	return (
		<section class={`group group-${status}`} aria-labelledby={`site-${site} ${id}`} data-group={status}>
			<h3 id={id}>{headings[status]}</h3>
			{children}
			<ul class="items">
				{findings.map(finding => <ChecklistItem key={finding.ruleId} finding={finding}/>)}
			</ul>
		</section>
	);
}

function PagesToVisit({site, pages}: {site: string; pages: SiteAudit['pagesToVisit']}) {
	if (pages.length === 0) {
		return null;
	}

	return (
		<div class="to-visit">
			<p>{t.pagesToVisit}</p>
			<ul class="page-links">
				{pages.map(page => <li key={page.pageKind}><ExternalLink href={page.url}>{e.page(site, page.pageKind)}</ExternalLink></li>)}
			</ul>
		</div>
	);
}

/**
 * One site's findings, grouped by status; the engine already sorts each group by severity. Teen
 * conversation prompts (SUP) come first, in their own group: they are for talking over, not scored.
 */
export function Checklist({site}: {site: SiteAudit}) {
	const groups = groupOrder
		.map(status => ({status, findings: site.findings.filter(finding => finding.status === status && !finding.prompt)}))
		.filter(group => group.findings.length > 0);
	const prompts = site.findings.filter(finding => finding.prompt);
	return (
		<>
			{prompts.length > 0 && (
				<Group site={site.site} status="talk" findings={prompts}>
					<p class="talk-intro">{t.talkIntro}</p>
				</Group>
			)}
			{groups.map(({status, findings}) => (
				<Group key={status} site={site.site} status={status} findings={findings}>
					{status === 'unknown' && <PagesToVisit site={site.site} pages={site.pagesToVisit}/>}
				</Group>
			))}
		</>
	);
}
