import type {SerialQueue} from './serial-queue.js';
import type {Store} from './store.js';
import {addScanRecord, lastFinished, scanRecord} from '../core/scan/scan-history.js';
import type {ScanState} from '../core/scan/scan-state.js';

/**
 * A scan ended (finished or cancelled): keep its dated record, compared with the last finished scan.
 * On the worker's write queue, so a page report queued before the end is in the audit it records.
 */
export const recordScan = async ({store, serialized}: {store: Pick<Store, 'loadScans' | 'saveScans' | 'loadAudit'>; serialized: SerialQueue}, state: ScanState): Promise<void> =>
	serialized(async () => {
		const history = await store.loadScans();
		await store.saveScans(addScanRecord(history, scanRecord(state, await store.loadAudit(), lastFinished(history))));
	});
