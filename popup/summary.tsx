import type {Audit} from '../src/core/model/audit.js';
import {severities} from '../src/core/model/severity.js';
import * as t from './strings.js';

type Chip = {tone: string; text: string};

/** Counts first, in words: risks by severity, then "couldn't check", then ok. Zero counts are left out. */
export function summaryChips(audit: Audit | undefined): Chip[] {
	// Across-account findings count like any other; conversation prompts (SUP) are not counted.
	const findings = [...audit?.sites.flatMap(site => site.findings) ?? [], ...audit?.across ?? []].filter(finding => !finding.prompt);
	const count = (test: (finding: (typeof findings)[number]) => boolean) => findings.filter(test).length;
	const chips = [
		...severities.map(severity => ({
			tone: severity,
			count: count(finding => finding.status === 'risk' && finding.severity === severity),
			say: t.severityCount[severity],
		})),
		{tone: 'unknown', count: count(finding => finding.status === 'unknown'), say: t.unknownCount},
		{tone: 'ok', count: count(finding => finding.status === 'ok'), say: t.okCount},
	];
	return chips.filter(chip => chip.count > 0).map(chip => ({tone: chip.tone, text: chip.say(chip.count)}));
}

/**
 * The header's counts. It is a live region, kept mounted while the popup is open, so a screen
 * reader hears the new counts when a page is read or a site forgotten.
 */
export function Summary({audit, pending = false}: {audit: Audit | undefined; pending?: boolean}) {
	const chips = summaryChips(audit);
	return (
		<p class="summary" role="status">
			{chips.length === 0 && !pending && t.nothingCheckedYet}
			{chips.map((chip, index) => (
				<span key={chip.tone}>
					{index > 0 && <span class="sep" aria-hidden="true"> · </span>}
					<span class={`chip tone-${chip.tone}`}>{chip.text}</span>
				</span>
			))}
		</p>
	);
}
