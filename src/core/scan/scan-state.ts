import type {PageStatus} from '../model/page-reading.js';
import type {SiteCatalog} from '../model/site-catalog.js';

/**
 * "Scan all" as a pure state machine. The worker can be stopped between any two steps, so every
 * transition takes the stored state and the time, and returns the next state to store: resuming
 * is reading the state and applying the transition that is due.
 */

/** How one page of the scan ended: the content script's status, or no answer in time, or skipped. */
export type StepOutcome = PageStatus | 'no-answer' | 'skipped-signed-out';

export type ScanStep = {site: string; pageKind: string; url: string; outcome?: StepOutcome};

export type ScanPhase =
	/** The tab is on `steps[current]`; the step times out at `phaseUntil`. */
	| 'loading'
	/** A polite pause; `steps[current]` is opened at `phaseUntil`. */
	| 'pausing'
	| 'finished'
	| 'cancelled';

export type CancelReason = 'by-user' | 'tab-closed' | 'tab-failed';

export type ScanState = {
	startedAt: number;
	steps: ScanStep[];
	phase: ScanPhase;
	current: number;
	phaseUntil: number;
	/** The one tab the scan opened; undefined until it exists. */
	tabId?: number;
	endedAt?: number;
	cancelReason?: CancelReason;
};

/**
 * Every page kind of every site that an address opens, site by site, in catalog order (a page
 * reached only by a click is left to the user); the first page is due after one pause.
 */
export function planScan(catalog: SiteCatalog, now: number, paceMs: number): ScanState {
	const steps = catalog.flatMap(site => site.pages.filter(page => !page.reachedByClick).map(page => ({site: site.id, pageKind: page.pageKind, url: page.url})));
	return {startedAt: now, steps, phase: steps.length > 0 ? 'pausing' : 'finished', current: 0, phaseUntil: now + paceMs};
}

export const isRunning = (state: ScanState | undefined): state is ScanState =>
	state !== undefined && (state.phase === 'loading' || state.phase === 'pausing');

/** Moves to the next step without an outcome: a pause before it, or the end of the scan. */
function advance(state: ScanState, now: number, paceMs: number): ScanState {
	const next = state.steps.findIndex(step => step.outcome === undefined);
	return next === -1
		? {...state, phase: 'finished', endedAt: now}
		: {...state, phase: 'pausing', current: next, phaseUntil: now + paceMs};
}

/**
 * The content script of the scan's tab reported. Only a report for the page the scan is waiting
 * for counts (a late re-check from the previous page does not). Signed out of a site: its other
 * pages would say the same, so they are skipped.
 */
export function recordReport(state: ScanState, report: {site: string; pageKind: string; status: PageStatus}, now: number, paceMs: number): ScanState {
	const step = state.steps[state.current];
	if (state.phase !== 'loading' || !step || step.site !== report.site || step.pageKind !== report.pageKind) {
		return state;
	}

	const steps = state.steps.map((candidate, index) => {
		if (index === state.current) {
			return {...candidate, outcome: report.status};
		}

		const skip = report.status === 'logged-out' && candidate.site === report.site && candidate.outcome === undefined;
		return skip ? {...candidate, outcome: 'skipped-signed-out' as const} : candidate;
	});
	return advance({...state, steps}, now, paceMs);
}

/** What is due at `now`: a page that never answered times out; a finished pause opens the next page. */
export function dueTransition(state: ScanState, now: number, timing: {paceMs: number; loadTimeoutMs: number}): {state: ScanState; open?: string} {
	if (!isRunning(state) || now < state.phaseUntil) {
		return {state};
	}

	if (state.phase === 'loading') {
		const steps = state.steps.map((step, index) => index === state.current ? {...step, outcome: 'no-answer' as const} : step);
		return dueTransition(advance({...state, steps}, now, timing.paceMs), now, timing);
	}

	const step = state.steps[state.current]!;
	return {state: {...state, phase: 'loading', phaseUntil: now + timing.loadTimeoutMs}, open: step.url};
}

export const cancelScan = (state: ScanState, now: number, reason: CancelReason): ScanState =>
	isRunning(state) ? {...state, phase: 'cancelled', endedAt: now, cancelReason: reason} : state;

export type SiteProgress = {site: string; done: number; total: number; signedOut: boolean; unread: number};

/** Per site: pages done of pages planned ("Facebook 3/9"), and whether the user was signed out. */
export function scanProgress(state: ScanState): SiteProgress[] {
	const bySite = new Map<string, SiteProgress>();
	for (const step of state.steps) {
		const entry = bySite.get(step.site) ?? {site: step.site, done: 0, total: 0, signedOut: false, unread: 0};
		entry.total++;
		if (step.outcome !== undefined) {
			entry.done++;
		}

		if (step.outcome === 'logged-out') {
			entry.signedOut = true;
		}

		if (step.outcome !== undefined && step.outcome !== 'read' && step.outcome !== 'logged-out' && step.outcome !== 'skipped-signed-out') {
			entry.unread++;
		}

		bySite.set(step.site, entry);
	}

	return [...bySite.values()];
}
