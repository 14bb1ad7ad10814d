import {describe, expect, test} from 'vitest';
import type {SiteCatalog} from '../src/core/model/site-catalog.js';
import {cancelScan, dueTransition, isRunning, planScan, recordReport, scanProgress, type ScanState} from '../src/core/scan/scan-state.js';

const catalog: SiteCatalog = [
	{id: 'facebook', name: 'Facebook', readIn: ['en'], pages: [{pageKind: 'a', url: 'https://www.facebook.com/a'}, {pageKind: 'b', url: 'https://www.facebook.com/b'}]},
	{id: 'x', name: 'X', readIn: ['en'], pages: [{pageKind: 'c', url: 'https://x.com/c'}, {pageKind: 'd', url: 'https://x.com/d'}]},
];
const timing = {paceMs: 100, loadTimeoutMs: 1000};
const report = (site: string, pageKind: string, status: 'read' | 'logged-out' | 'not-own-profile' = 'read') => ({site, pageKind, status});

/** Runs a scan to its end: each page answers `answer(step)` (undefined = never answers). */
function runScan(answer: (step: {site: string; pageKind: string}) => 'read' | 'logged-out' | undefined): {state: ScanState; opened: string[]} {
	let now = 0;
	let state = planScan(catalog, now, 0);
	const opened: string[] = [];
	for (let guard = 0; isRunning(state) && guard < 100; guard++) {
		const step = state.steps[state.current]!;
		const status = state.phase === 'loading' ? answer(step) : undefined;
		if (status) {
			state = recordReport(state, report(step.site, step.pageKind, status), now, timing.paceMs);
			continue;
		}

		now = state.phaseUntil;
		const due = dueTransition(state, now, timing);
		state = due.state;
		if (due.open) {
			opened.push(due.open);
		}
	}

	return {state, opened};
}

describe('Scan all, as a state machine', () => {
	test('leaves out a page no address opens by itself (reached by a click), rather than read the page it is reached from', () => {
		const withClick: SiteCatalog = [{...catalog[1]!, pages: [...catalog[1]!.pages, {pageKind: 'profile', url: 'https://x.com/home', reachedByClick: true}]}];
		expect(planScan(withClick, 0, 0).steps.map(step => step.pageKind)).toEqual(['c', 'd']);
	});

	test('visits every page kind of every site once, in order, and finishes', () => {
		const {state, opened} = runScan(() => 'read');
		expect(opened).toEqual(catalog.flatMap(site => site.pages.map(page => page.url)));
		expect(state.phase).toBe('finished');
		expect(state.steps.every(step => step.outcome === 'read')).toBe(true);
		expect(scanProgress(state)).toEqual([
			{site: 'facebook', done: 2, total: 2, signedOut: false, unread: 0},
			{site: 'x', done: 2, total: 2, signedOut: false, unread: 0},
		]);
	});

	test('signed out of a site: its other pages are skipped, and it is reported as signed out, not as failures', () => {
		const {state, opened} = runScan(step => step.site === 'facebook' ? 'logged-out' : 'read');
		expect(opened).toEqual(['https://www.facebook.com/a', 'https://x.com/c', 'https://x.com/d']);
		expect(state.steps.map(step => step.outcome)).toEqual(['logged-out', 'skipped-signed-out', 'read', 'read']);
		expect(scanProgress(state)[0]).toEqual({site: 'facebook', done: 2, total: 2, signedOut: true, unread: 0});
	});

	test('a settings page that could not confirm the account is unread, not a sign-out: the site\'s other pages are still visited', () => {
		let state = dueTransition(planScan(catalog, 0, 0), 0, timing).state;
		state = recordReport(state, {site: 'facebook', pageKind: 'a', status: 'account-unconfirmed'}, 0, timing.paceMs);
		expect(state.steps[1]!.outcome).toBeUndefined();
		expect(scanProgress(state)[0]).toEqual({site: 'facebook', done: 1, total: 2, signedOut: false, unread: 1});
	});

	test('a page that never answers times out as "no answer" and the scan moves on', () => {
		const {state} = runScan(step => step.pageKind === 'b' ? undefined : 'read');
		expect(state.phase).toBe('finished');
		expect(state.steps[1]!.outcome).toBe('no-answer');
		expect(scanProgress(state)[0]!.unread).toBe(1);
	});

	const loadingFirst = () => dueTransition(planScan(catalog, 0, 0), 0, {paceMs: 100, loadTimeoutMs: 1000}).state;

	test('the first page is due after one pause; the scan then waits for it to load', () => {
		const planned = planScan(catalog, 0, 100);
		expect(dueTransition(planned, 99, timing).state).toBe(planned);
		expect(dueTransition(planned, 100, timing)).toMatchObject({open: 'https://www.facebook.com/a', state: {phase: 'loading', current: 0, phaseUntil: 1100}});
	});

	test('only a report for the page the scan waits for counts', () => {
		const state = loadingFirst();
		expect(recordReport(state, report('facebook', 'b'), 10, 100)).toBe(state);
		expect(recordReport(state, report('x', 'a'), 10, 100)).toBe(state);
		const paused = recordReport(state, report('facebook', 'a'), 10, 100);
		expect(paused).toMatchObject({phase: 'pausing', current: 1, phaseUntil: 110});
		// A late re-check of the previous page during the pause changes nothing.
		expect(recordReport(paused, report('facebook', 'a'), 20, 100)).toBe(paused);
	});

	test('nothing is due before its time: a resumed worker does not skip ahead', () => {
		const state = loadingFirst();
		expect(dueTransition(state, 999, timing).state).toBe(state);
		const paused = recordReport(state, report('facebook', 'a'), 10, 100);
		expect(dueTransition(paused, 50, timing)).toEqual({state: paused});
		expect(dueTransition(paused, 110, timing)).toMatchObject({open: 'https://www.facebook.com/b', state: {phase: 'loading', phaseUntil: 1110}});
	});

	test('a worker stopped for longer than a page load catches up: the stale page times out, the next opens', () => {
		const state = loadingFirst();
		const due = dueTransition(state, 60_000, timing);
		expect(due.state.steps[0]!.outcome).toBe('no-answer');
		// The pause after the timed-out page starts at the catch-up time, so the next page still waits its turn.
		expect(due).toMatchObject({state: {phase: 'pausing', current: 1, phaseUntil: 60_100}});
	});

	test('cancelling stops a running scan, and only a running one', () => {
		const state = planScan(catalog, 0, 0);
		const cancelled = cancelScan(state, 5, 'by-user');
		expect(cancelled).toMatchObject({phase: 'cancelled', endedAt: 5, cancelReason: 'by-user'});
		expect(isRunning(cancelled)).toBe(false);
		expect(cancelScan(cancelled, 9, 'tab-closed')).toBe(cancelled);
		expect(dueTransition(cancelled, 10_000, timing).state).toBe(cancelled);
	});

	test('an empty catalog is a finished scan', () => {
		expect(planScan([], 0, 0).phase).toBe('finished');
	});
});
