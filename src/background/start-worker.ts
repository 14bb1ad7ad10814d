import {checkInNotificationPrefix, isCheckInAlarm, remindCheckInIfDue, syncCheckInAlarm} from './check-in.js';
import {isCheckupAlarm, remindIfDue, syncCheckupAlarm} from './checkup-reminder.js';
import {handleMessages} from './handle-messages.js';
import {messageHandlers} from './message-handlers.js';
import {isScanAlarm} from './run-scan.js';
import {updateBadge} from './update-badge.js';
import {createWorkerContext, type WorkerAdapters} from './worker-context.js';

/**
 * Starts the worker over the given browser: every listener is added here, synchronously, because a
 * service worker woken by an event only gets it if its listener was added in the first turn.
 */
export function startWorker(adapters: WorkerAdapters): void {
	const worker = createWorkerContext(adapters);
	const {store, scans, tabs, alarms, notifications, messaging, migrated, badge, recordScan} = worker;

	handleMessages(messaging, messageHandlers(worker));
	tabs.onRemoved(tabId => {
		void store.forgetTab(tabId);
		void scans.scanTabClosed(tabId, recordScan);
	});
	// A new page load in the tab makes its last status stale.
	tabs.onLoading(tabId => void store.forgetTab(tabId));
	alarms.onAlarm(name => {
		if (isScanAlarm(name)) {
			void scans.resumeScan(recordScan);
		} else if (isCheckupAlarm(name)) {
			void remindIfDue(worker, Date.now());
		} else if (isCheckInAlarm(name)) {
			void remindCheckInIfDue(worker, Date.now()).then(() => syncCheckInAlarm(worker, Date.now()));
		}
	});
	// Clicking a notification opens Overshare's panel (or the review) as a tab: an extension cannot open its toolbar popup by itself.
	notifications.onClicked(async id => {
		await notifications.clear(id);
		await tabs.create({url: messaging.extensionUrl(id.startsWith(checkInNotificationPrefix) ? 'review.html' : 'popup.html')});
	});
	// The badge is not kept across browser restarts, and alarms may not be either.
	alarms.onBrowserStartup(async () => {
		await migrated();
		await updateBadge(badge, await store.loadAudit());
		await syncCheckupAlarm(worker);
		await syncCheckInAlarm(worker, Date.now());
	});
	// A worker that starts mid-scan (stopped while idle between pages) carries on.
	void scans.resumeScan(recordScan);
}
