import type {Messaging} from '../browser/messaging.js';
import type {Badge, Notifications} from '../browser/notifications.js';
import type {Storage} from '../browser/storage.js';
import type {Alarms, SiteAccess, Tabs} from '../browser/tabs-and-alarms.js';
import {migrateOnce} from './migrate-once.js';
import {recordScan} from './record-scan.js';
import {scanRunner, type OnScanEnded, type ScanRunner} from './run-scan.js';
import {serialQueue, type SerialQueue} from './serial-queue.js';
import {createStore, type Store} from './store.js';

/** The browser as the worker uses it: src/browser/ in the extension, in-memory stand-ins in tests. */
export type WorkerAdapters = {storage: Storage; messaging: Messaging; tabs: Tabs; alarms: Alarms; notifications: Notifications; badge: Badge; siteAccess: SiteAccess};

/** What the worker's handlers share for as long as the worker is alive. */
export type WorkerContext = Omit<WorkerAdapters, 'storage'> & {
	store: Store;
	/**
	 * The worker's write queue. The worker may be stopped at any moment: all state lives in storage,
	 * none in variables, except this queue, which only orders writes made while the worker is alive.
	 */
	serialized: SerialQueue;
	/** Resolves once the store is in the current format: awaited before anything reads it. */
	migrated: () => Promise<void>;
	scans: ScanRunner;
	/** A scan ended (finished or cancelled): its record is kept in the history. */
	recordScan: OnScanEnded;
};

export function createWorkerContext({storage, ...adapters}: WorkerAdapters): WorkerContext {
	const store = createStore(storage);
	const serialized = serialQueue();
	return {
		...adapters,
		store,
		serialized,
		migrated: migrateOnce({store, serialized, badge: adapters.badge}),
		scans: scanRunner({store, tabs: adapters.tabs, alarms: adapters.alarms}),
		recordScan: async state => recordScan({store, serialized}, state),
	};
}
