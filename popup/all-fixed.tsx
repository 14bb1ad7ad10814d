import type {Audit} from '../src/core/model/audit.js';
import * as t from './strings.js';

/**
 * Once nothing checked is at risk, the popup says so in words. Items that couldn't be checked are
 * never called safe: while any remain, it says how many, and the checklist below shows them.
 */
export function AllFixed({audit}: {audit: Audit | undefined}) {
	const findings = [...audit?.sites.flatMap(site => site.findings) ?? [], ...audit?.across ?? []].filter(finding => !finding.prompt);
	if (!audit || audit.sites.length === 0 || findings.length === 0 || findings.some(finding => finding.status === 'risk')) {
		return null;
	}

	const unknown = findings.filter(finding => finding.status === 'unknown').length;
	return unknown === 0
		? <p class="notice notice-read all-fixed" data-state="all-fixed">{t.allFixed}</p>
		: <p class="notice notice-not-read all-fixed" data-state="none-at-risk">{t.noneAtRisk(unknown)}</p>;
}
