import type {Audit, Finding} from '../../src/core/model/audit.js';
import type {AudienceProfile} from '../../src/core/model/severity.js';
import type {Catalog} from '../../src/i18n/catalog.js';
import {fixSteps, placeTitle, renderMessage, ruleTitle} from '../../src/i18n/render.js';

/**
 * The JSON export: findings only, as the popup shows them (what is exposed and to whom, never the
 * value itself), so the file is safe to keep with a family's records and to compare later. Its texts
 * are in the catalog's language (the report page gives English's, so files compare across browsers).
 */
export type ReportJson = {
	format: 'overshare-report';
	version: 1;
	generatedAt: string;
	profile: AudienceProfile;
	score: Audit['score'];
	findings: Array<Pick<Finding, 'site' | 'ruleId' | 'status' | 'severity'> & {title: string; exposure: string; fixPage: string; steps: readonly string[]; sites?: string[]}>;
};

export function reportJson(audit: Audit, now: Date, catalog: Catalog): ReportJson {
	const findings = [...audit.sites.flatMap(site => site.findings), ...(audit.across ?? [])];
	return {
		format: 'overshare-report',
		version: 1,
		generatedAt: now.toISOString(),
		profile: audit.profile,
		score: audit.score,
		findings: findings.map(({site, ruleId, status, severity, exposure, fix, involves}) => ({
			site, ruleId, status, severity, title: ruleTitle(catalog, ruleId), exposure: renderMessage(catalog, exposure),
			fixPage: placeTitle(catalog, fix), steps: fixSteps(catalog, fix),
			...(involves ? {sites: involves.map(part => part.site)} : {}),
		})),
	};
}

/** Saves the export through a download link of the report page: no "downloads" permission needed. */
export function downloadJson(document: Document, json: ReportJson): void {
	const url = URL.createObjectURL(new Blob([JSON.stringify(json, null, 2)], {type: 'application/json'}));
	const link = document.createElement('a');
	link.href = url;
	link.download = `overshare-report-${json.generatedAt.slice(0, 10)}.json`;
	link.click();
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
