import {describe, expect, test} from 'vitest';
import type {Audit, Finding} from '../src/core/model/audit.js';
import {reminderDue} from '../src/core/scan/reminder-due.js';
import {addScanRecord, diffScans, forgetSiteInHistory, lastFinished, scanHistoryCap, scanRecord, type ScanRecord} from '../src/core/scan/scan-history.js';
import {planScan, recordReport, type ScanState} from '../src/core/scan/scan-state.js';

const finding = (site: string, ruleId: string, status: Finding['status']): Finding => ({
	ruleId, site, status, severity: 'high', exposure: {rule: ruleId, id: status}, fix: {site, siteName: site, url: '', page: 'checkup'},
});
const audit = (findings: Finding[]): Audit => ({
	sites: [...new Set(findings.map(item => item.site))].map(site => ({
		site, siteName: site, findings: findings.filter(item => item.site === site), pagesRead: [], pagesToVisit: [],
		score: {value: 50, grade: 'C', checked: 1, total: 2},
	})),
	counts: {risk: 0, unknown: 0, ok: 0}, urgent: 0, score: {value: 50, grade: 'C', checked: 1, total: 2}, profile: 'adult', updatedAt: 0,
});
const catalog = [
	{id: 'facebook', name: 'Facebook', readIn: ['en'], pages: [{pageKind: 'a', title: 'A', url: 'https://www.facebook.com/a'}]},
	{id: 'x', name: 'X', readIn: ['en'], pages: [{pageKind: 'c', title: 'C', url: 'https://x.com/c'}]},
];

function ended(statuses: {facebook: 'read' | 'logged-out' | 'page-not-ready'; x: 'read' | 'logged-out'}): ScanState {
	let state: ScanState = {...planScan(catalog, 100, 0), phase: 'loading'};
	state = recordReport(state, {site: 'facebook', pageKind: 'a', status: statuses.facebook}, 110, 0);
	state = {...state, phase: 'loading'};
	return recordReport(state, {site: 'x', pageKind: 'c', status: statuses.x}, 120, 0);
}

describe('scan history', () => {
	test('a record keeps findings as marks (rule, site, verdict, severity): no titles, no text', () => {
		const record = scanRecord(ended({facebook: 'read', x: 'read'}), audit([finding('facebook', 'phone-visible', 'risk')]), undefined);
		expect(record).toMatchObject({startedAt: 100, endedAt: 120, outcome: 'finished', pagesRead: [{site: 'facebook', pageKind: 'a'}, {site: 'x', pageKind: 'c'}]});
		expect(record.findings).toEqual([{ruleId: 'phone-visible', site: 'facebook', status: 'risk', severity: 'high'}]);
		expect(record.diff).toBeUndefined();
	});

	test('compared with the last scan: risks that appeared, risks fixed, pages no longer readable', () => {
		const first = scanRecord(ended({facebook: 'read', x: 'read'}),
			audit([finding('facebook', 'phone-visible', 'risk'), finding('x', 'geotag-posts', 'ok'), finding('x', 'posts-unprotected', 'unknown')]), undefined);
		const second = scanRecord(ended({facebook: 'page-not-ready', x: 'read'}),
			audit([finding('facebook', 'phone-visible', 'ok'), finding('x', 'geotag-posts', 'risk'), finding('x', 'posts-unprotected', 'risk')]), first);
		expect(second.diff).toEqual({
			appeared: [{ruleId: 'geotag-posts', site: 'x', status: 'risk', severity: 'high'}, {ruleId: 'posts-unprotected', site: 'x', status: 'risk', severity: 'high'}],
			fixed: [{ruleId: 'phone-visible', site: 'facebook', status: 'ok', severity: 'high'}],
			unreadable: [{site: 'facebook', pageKind: 'a'}],
		});
	});

	test('signing out of a site is not a page that stopped being readable', () => {
		const first = scanRecord(ended({facebook: 'read', x: 'read'}), audit([]), undefined);
		const second = scanRecord(ended({facebook: 'read', x: 'logged-out'}), audit([]), first);
		expect(second.diff!.unreadable).toEqual([]);
		expect(diffScans(first, {...second, pagesRead: []}).unreadable).toEqual([{site: 'facebook', pageKind: 'a'}]);
	});

	test(`newest first, capped at ${scanHistoryCap}; a cancelled scan is kept but is not the next baseline`, () => {
		const records = Array.from({length: scanHistoryCap + 5}, (_, index): ScanRecord => ({
			startedAt: index, endedAt: index, outcome: index % 2 ? 'finished' : 'cancelled', sites: [], pagesRead: [], findings: [], score: {value: null, grade: null, checked: 0, total: 0},
		}));
		const history = records.reduce<ScanRecord[]>((log, record) => addScanRecord(log, record), []);
		expect(history).toHaveLength(scanHistoryCap);
		expect(history[0]!.startedAt).toBe(scanHistoryCap + 4);
		expect(lastFinished(history)!.startedAt).toBe(scanHistoryCap + 3);
	});

	test('forgetting a site removes it from every past scan', () => {
		const first = scanRecord(ended({facebook: 'read', x: 'read'}), audit([finding('facebook', 'phone-visible', 'risk'), finding('x', 'geotag-posts', 'risk')]), undefined);
		const second = scanRecord(ended({facebook: 'page-not-ready', x: 'read'}), audit([finding('facebook', 'phone-visible', 'ok')]), first);
		const kept = forgetSiteInHistory([second, first], 'facebook');
		expect(JSON.stringify(kept)).not.toContain('facebook');
		expect(kept[1]!.findings).toEqual([{ruleId: 'geotag-posts', site: 'x', status: 'risk', severity: 'high'}]);
	});
});

describe('check-up reminder', () => {
	const day = 24 * 60 * 60 * 1000;
	test('off, or never chosen: never due', () => {
		expect(reminderDue(undefined, undefined, 1000 * day)).toBe(false);
		expect(reminderDue({every: 'off', setAt: 0}, undefined, 1000 * day)).toBe(false);
	});

	test('monthly: due 30 days after the last scan, or after choosing it if never scanned', () => {
		expect(reminderDue({every: 'monthly', setAt: 0}, undefined, 29 * day)).toBe(false);
		expect(reminderDue({every: 'monthly', setAt: 0}, undefined, 30 * day)).toBe(true);
		expect(reminderDue({every: 'monthly', setAt: 0}, 20 * day, 40 * day)).toBe(false);
		expect(reminderDue({every: 'monthly', setAt: 0}, 20 * day, 50 * day)).toBe(true);
	});

	test('quarterly, and never twice for the same period', () => {
		expect(reminderDue({every: 'quarterly', setAt: 0}, undefined, 90 * day)).toBe(false);
		expect(reminderDue({every: 'quarterly', setAt: 0}, undefined, 91 * day)).toBe(true);
		expect(reminderDue({every: 'quarterly', setAt: 0, lastRemindedAt: 91 * day}, undefined, 92 * day)).toBe(false);
	});
});
