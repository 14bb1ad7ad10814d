import type {Audit, Finding, Status} from '../../src/core/model/audit.js';
import {dateTimeOf} from '../date-of.js';
import * as e from '../engine-texts.js';
import {summaryChips} from '../summary.js';
import * as t from '../strings.js';

const order: Status[] = ['risk', 'unknown', 'ok'];

function FindingRow({finding}: {finding: Finding}) {
	const steps = e.steps(finding.fix);
	return (
		<li class={`finding status-${finding.status}`} data-rule={finding.ruleId} data-status={finding.status}>
			<h4>{e.title(finding)} <span class="severity">({t.severityLabel[finding.severity]})</span></h4>
			<p>{e.exposure(finding)}</p>
			{finding.status === 'risk' && steps.length > 0 && (
				<>
					<p class="fix-page">{t.fixIt(e.place(finding.fix))}</p>
					<ol>{steps.map((step, index) => <li key={index}>{step}</li>)}</ol>
				</>
			)}
		</li>
	);
}

function Group({heading, findings}: {heading: string; findings: readonly Finding[]}) {
	return findings.length === 0 ? null : (
		<section>
			<h3>{heading}</h3>
			<ul>{findings.map(finding => <FindingRow key={`${finding.site}/${finding.ruleId}`} finding={finding}/>)}</ul>
		</section>
	);
}

/** The printable report: date, audience, counts, grade and coverage, then per site the findings with their fixes. */
export function ReportView({audit, now, onPrint, onDownload}: {audit: Audit | undefined; now: Date; onPrint: () => void; onDownload: () => void}) {
	const date = dateTimeOf(now, 'long');
	const blocks = [...audit?.sites.map(site => ({key: site.site, heading: site.siteName, findings: site.findings})) ?? [],
		...(audit?.across?.length ? [{key: 'across', heading: t.acrossHeading, findings: audit.across}] : [])];
	return (
		<main>
			<h1>{t.reportTitle}</h1>
			<p>{t.reportGenerated(date)}</p>
			<div class="actions">
				<button type="button" onClick={onPrint}>{t.reportPrint}</button>
				<button type="button" onClick={onDownload} disabled={!audit}>{t.reportDownload}</button>
			</div>
			{!audit || audit.sites.length === 0 ? <p>{t.nothingCheckedYet}</p> : (
				<>
					<p>{t.reportFor(t.profileLabel[audit.profile])}</p>
					<p>{summaryChips(audit).map(chip => chip.text).join(' · ')}</p>
					<p>
						{audit.score.grade !== null && audit.score.value !== null ? t.grade(audit.score.grade, audit.score.value) : t.noGradeYet}
						{' · '}{t.coverage(audit.score.checked, audit.score.total)}
					</p>
					{blocks.map(block => (
						<section key={block.key} class="site">
							<h2>{block.heading}</h2>
							{order.map(status => <Group key={status} heading={t.groupHeading[status]} findings={block.findings.filter(finding => finding.status === status && !finding.prompt)}/>)}
						</section>
					))}
				</>
			)}
			<p class="private">{t.staysOnDevice}</p>
		</main>
	);
}
