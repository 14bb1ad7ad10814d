import {loadAudit, loadScans, saveScans} from './storage.js';
import {serialized} from './worker-queue.js';
import {addScanRecord, lastFinished, scanRecord} from '../core/scan/scan-history.js';
import type {ScanState} from '../core/scan/scan-state.js';

/** A scan ended (finished or cancelled): keep its dated record, compared with the last finished scan. */
export const recordScan = async (state: ScanState): Promise<void> => serialized(async () => {
	const history = await loadScans();
	await saveScans(addScanRecord(history, scanRecord(state, await loadAudit(), lastFinished(history))));
});
