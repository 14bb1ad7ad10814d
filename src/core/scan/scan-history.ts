import type {Audit, Score, Status} from '../model/audit.js';
import type {Severity} from '../model/severity.js';
import {scanProgress, type ScanState, type SiteProgress} from './scan-state.js';

/** A finding as history keeps it: which rule, where, and its verdict. No text, no personal values. */
export type FindingMark = {ruleId: string; site: string; status: Status; severity: Severity};

export type PageRef = {site: string; pageKind: string};

/** How this scan differs from the one before: the sign of a user's fix, or of a site's change. */
export type ScanDiff = {
	/** Findings at risk now that were not at risk before (newly exposed, or newly readable and risky). */
	appeared: FindingMark[];
	/** Findings at risk before and ok now. */
	fixed: FindingMark[];
	/** Pages read last time that could not be read this time: a site changing its layout shows here first. */
	unreadable: PageRef[];
};

/** One dated scan. Newest first in storage, capped. */
export type ScanRecord = {
	startedAt: number;
	endedAt: number;
	outcome: 'finished' | 'cancelled';
	sites: SiteProgress[];
	/** Pages the scan read, so the next scan can tell which stopped being readable. */
	pagesRead: PageRef[];
	findings: FindingMark[];
	score: Score;
	/** Compared with the previous finished scan; absent for the first. */
	diff?: ScanDiff;
};

export const scanHistoryCap = 20;

const key = (mark: {site: string; ruleId?: string; pageKind?: string}) => `${mark.site}/${mark.ruleId ?? mark.pageKind}`;

export function diffScans(previous: ScanRecord, next: Pick<ScanRecord, 'findings' | 'pagesRead' | 'sites'>): ScanDiff {
	const before = new Map(previous.findings.map(mark => [key(mark), mark]));
	const appeared = next.findings.filter(mark => mark.status === 'risk' && before.get(key(mark))?.status !== 'risk');
	const fixed = next.findings.filter(mark => mark.status === 'ok' && before.get(key(mark))?.status === 'risk');
	const readNow = new Set(next.pagesRead.map(key));
	// Signing out of a site is not a layout change: its pages are not "unreadable".
	const signedOut = new Set(next.sites.filter(site => site.signedOut).map(site => site.site));
	const unreadable = previous.pagesRead.filter(page => !readNow.has(key(page)) && !signedOut.has(page.site));
	return {appeared, fixed, unreadable};
}

/** The record of a scan that ended, from its state and the audit as it stands after it. */
export function scanRecord(state: ScanState, audit: Audit | undefined, previous: ScanRecord | undefined): ScanRecord {
	const findings = (audit?.sites ?? []).flatMap(site => site.findings.map(({ruleId, status, severity}) => ({ruleId, site: site.site, status, severity})));
	const pagesRead = state.steps.filter(step => step.outcome === 'read').map(({site, pageKind}) => ({site, pageKind}));
	const record: ScanRecord = {
		startedAt: state.startedAt,
		endedAt: state.endedAt ?? state.startedAt,
		outcome: state.phase === 'cancelled' ? 'cancelled' : 'finished',
		sites: scanProgress(state),
		pagesRead,
		findings,
		score: audit?.score ?? {value: null, grade: null, checked: 0, total: 0},
	};
	return previous ? {...record, diff: diffScans(previous, record)} : record;
}

/** Newest first; a cancelled scan is kept (it is what happened) but is never the baseline for the next diff. */
export const addScanRecord = (history: readonly ScanRecord[], record: ScanRecord, cap = scanHistoryCap): ScanRecord[] =>
	[record, ...history].slice(0, cap);

export const lastFinished = (history: readonly ScanRecord[]): ScanRecord | undefined =>
	history.find(record => record.outcome === 'finished');

/** "Forget this site" also removes it from every past scan. */
export const forgetSiteInHistory = (history: readonly ScanRecord[], site: string): ScanRecord[] => history.map(record => ({
	...record,
	sites: record.sites.filter(entry => entry.site !== site),
	pagesRead: record.pagesRead.filter(page => page.site !== site),
	findings: record.findings.filter(mark => mark.site !== site),
	...(record.diff ? {diff: {
		appeared: record.diff.appeared.filter(mark => mark.site !== site),
		fixed: record.diff.fixed.filter(mark => mark.site !== site),
		unreadable: record.diff.unreadable.filter(page => page.site !== site),
	}} : {}),
}));
