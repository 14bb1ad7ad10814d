import type {Alarms, Tabs} from '../browser/tabs-and-alarms.js';
import type {PageReading} from '../core/model/page-reading.js';
import type {SiteCatalog} from '../core/model/site-catalog.js';
import {serialQueue} from './serial-queue.js';
import type {Store} from './store.js';
import {cancelScan, dueTransition, isRunning, planScan, recordReport, type CancelReason, type ScanState} from '../core/scan/scan-state.js';

/**
 * Runs "Scan all": one background tab, one page at a time. Nothing lives in variables but a timer
 * that is only a shortcut: the state is in session storage and an alarm wakes a stopped worker
 * when the next transition is due, so a scan survives the worker being stopped at any point.
 */

/** The content script waits up to 10 s for a page to render; a slow load gets as long again. */
const loadTimeoutMs = 20_000;
/** Politeness: at most about one page a second, like a person clicking through settings. */
const defaultPaceMs = 1000;
const alarmName = 'overshare-scan';

export const isScanAlarm = (name: string) => name === alarmName;

/** Called once when a scan finishes or is cancelled, after its tab is closed. */
export type OnScanEnded = (state: ScanState) => Promise<void>;

type Deps = {
	store: Pick<Store, 'loadScan' | 'saveScan' | 'loadScanPace' | 'loadPages'>;
	tabs: Pick<Tabs, 'create' | 'update' | 'remove'>;
	alarms: Pick<Alarms, 'create' | 'clear'>;
};

/** The scan's transitions, over the worker's storage, tabs and alarms. */
export function scanRunner({store, tabs, alarms}: Deps) {
	/** The scan's own queue: its transitions never interleave, and never wait on page recording. */
	const serialized = serialQueue();
	let timer: ReturnType<typeof setTimeout> | undefined;

	const timing = async () => ({paceMs: await store.loadScanPace() ?? defaultPaceMs, loadTimeoutMs});

	function wakeAt(at: number, onEnded: OnScanEnded): void {
		clearTimeout(timer);
		timer = setTimeout(() => void resumeScan(onEnded), Math.max(0, at - Date.now()) + 20);
		// The backstop if the worker is stopped before the timer fires (1 s minimum unpacked, 30 s packed).
		void alarms.create(alarmName, {when: at + 1000});
	}

	async function end(state: ScanState, onEnded: OnScanEnded): Promise<void> {
		clearTimeout(timer);
		await alarms.clear(alarmName);
		if (state.tabId !== undefined && state.cancelReason !== 'tab-closed') {
			await tabs.remove(state.tabId).catch(() => undefined);
		}

		await onEnded(state);
	}

	/** Applies what is due now, opens the next page if its turn has come, stores, and schedules the next wake. */
	async function drive(state: ScanState, onEnded: OnScanEnded): Promise<void> {
		const now = Date.now();
		const due = dueTransition(await storedMeanwhile(state, now), now, await timing());
		let next = due.state;
		if (due.open !== undefined) {
			try {
				await tabs.update(next.tabId!, {url: due.open});
			} catch {
				next = cancelScan(next, now, 'tab-failed');
			}
		}

		await store.saveScan(next);
		if (isRunning(next)) {
			wakeAt(next.phaseUntil, onEnded);
		} else {
			// Only ever called with a running state or one that has just ended: this ends it once.
			await end(next, onEnded);
		}
	}

	/**
	 * A page whose report was stored but whose scan step was not (the worker stopped between the two
	 * writes): when its wait runs out, the stored record says it was read, so it is not "no answer".
	 */
	async function storedMeanwhile(state: ScanState, now: number): Promise<ScanState> {
		const step = state.steps[state.current];
		if (state.phase !== 'loading' || now < state.phaseUntil || !step) {
			return state;
		}

		const openedAt = state.phaseUntil - loadTimeoutMs;
		const record = (await store.loadPages())[step.site]?.[step.pageKind];
		return record && record.readAt >= openedAt
			? recordReport(state, {site: step.site, pageKind: step.pageKind, status: 'read'}, now, (await timing()).paceMs) : state;
	}

	/** Starts a scan unless one is running: the first page opens in a new background tab. */
	const startScan = async (catalog: SiteCatalog, onEnded: OnScanEnded): Promise<void> => serialized(async () => {
		if (isRunning(await store.loadScan())) {
			return;
		}

		const now = Date.now();
		const first = dueTransition(planScan(catalog, now, 0), now, await timing());
		if (first.open === undefined) {
			return;
		}

		try {
			// A report from the new tab waits for this task (same queue), so it always finds the tab id stored.
			const tab = await tabs.create({url: first.open, active: false});
			const started = {...first.state, tabId: tab.id};
			await store.saveScan(started);
			wakeAt(started.phaseUntil, onEnded);
		} catch {
			await store.saveScan(cancelScan(first.state, Date.now(), 'tab-failed'));
		}
	});

	/** A content script reported; if it is the scan's tab on the page the scan waits for, move on. */
	const scanReport = async (tabId: number | undefined, reading: PageReading, onEnded: OnScanEnded): Promise<void> => serialized(async () => {
		const state = await store.loadScan();
		if (!isRunning(state) || tabId === undefined || state.tabId !== tabId) {
			return;
		}

		const next = recordReport(state, reading, Date.now(), (await timing()).paceMs);
		if (next !== state) {
			await drive(next, onEnded);
		}
	});

	/** On worker start and on the alarm: carry on from the stored state. */
	const resumeScan = async (onEnded: OnScanEnded): Promise<void> => serialized(async () => {
		const state = await store.loadScan();
		if (isRunning(state)) {
			await drive(state, onEnded);
		}
	});

	const stopScan = async (reason: CancelReason, onEnded: OnScanEnded): Promise<void> => serialized(async () => {
		const state = await store.loadScan();
		if (isRunning(state)) {
			const cancelled = cancelScan(state, Date.now(), reason);
			await store.saveScan(cancelled);
			await end(cancelled, onEnded);
		}
	});

	/** The user closed the scan's tab: that is a cancel, and the tab is already gone. */
	const scanTabClosed = async (tabId: number, onEnded: OnScanEnded): Promise<void> => {
		const state = await store.loadScan();
		if (isRunning(state) && state.tabId === tabId) {
			await stopScan('tab-closed', onEnded);
		}
	};

	return {startScan, scanReport, resumeScan, stopScan, scanTabClosed};
}

export type ScanRunner = ReturnType<typeof scanRunner>;
