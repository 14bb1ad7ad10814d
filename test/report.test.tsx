// @vitest-environment jsdom
import {render} from 'preact';
import {expect, test} from 'vitest';
import {reportJson} from '../popup/report/report-json.js';
import {ReportView} from '../popup/report/report-view.js';
import {catalog as en} from '../src/i18n/en/index.js';
import {fixSteps, ruleTitle} from '../src/i18n/render.js';
import {sampleAudit} from './popup-audit.js';
import './page-catalogs.js';

const now = new Date('2026-11-26T10:00:00Z');

test('the printable report lists each site\'s findings with the fix steps of those at risk', () => {
	const audit = sampleAudit;
	const host = document.createElement('div');
	render(<ReportView audit={audit} now={now} onPrint={() => undefined} onDownload={() => undefined}/>, host);
	const risky = audit.sites.flatMap(site => site.findings).filter(finding => finding.status === 'risk');
	expect(risky.length).toBeGreaterThan(0);
	for (const finding of risky) {
		const item = host.querySelector(`li[data-rule="${finding.ruleId}"][data-status="risk"]`);
		expect(item?.textContent, finding.ruleId).toContain(ruleTitle(en, finding.ruleId));
		expect(item!.querySelectorAll('ol li').length).toBe(fixSteps(en, finding.fix).length);
	}

	expect(host.querySelector('h1')!.textContent).toBe('Overshare report');
	expect(host.textContent).toContain('checks done');
});

test('with nothing checked, the report says so and offers no download', () => {
	const host = document.createElement('div');
	render(<ReportView audit={undefined} now={now} onPrint={() => undefined} onDownload={() => undefined}/>, host);
	expect(host.textContent).toContain('Nothing checked yet');
	expect(host.querySelectorAll('button')[1]!.disabled).toBe(true);
});

test('the JSON export holds findings, not values: every field is a verdict, a rule text or a step', () => {
	const audit = sampleAudit;
	const json = reportJson(audit, now, en);
	expect(json).toMatchObject({format: 'overshare-report', version: 1, generatedAt: '2026-11-26T10:00:00.000Z', profile: audit.profile});
	expect(json.findings.length).toBe(audit.sites.flatMap(site => site.findings).length + (audit.across?.length ?? 0));
	expect(Object.keys(json.findings[0]!).sort()).toEqual(['exposure', 'fixPage', 'ruleId', 'severity', 'site', 'status', 'steps', 'title']);
	// The stored audit carries no personal values, so neither does the export; no observation leaks through.
	expect(JSON.stringify(json)).not.toMatch(/"observations"|"bio"|"readAt"/);
	// In the catalog's words: the English of the popup, whatever the browser speaks.
	const first = json.findings.find(finding => finding.status === 'risk')!;
	expect(first.title).toBe(ruleTitle(en, first.ruleId));
	expect(first.steps.length).toBeGreaterThan(0);
	expect(typeof first.exposure).toBe('string');
});
