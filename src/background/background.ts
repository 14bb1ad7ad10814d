// Entry of the background worker: the real browser behind its adapters, handed to the worker.
import {browserMessaging} from '../browser/messaging.js';
import {browserBadge, browserNotifications} from '../browser/notifications.js';
import {browserStorage} from '../browser/storage.js';
import {browserAlarms, browserSiteAccess, browserTabs} from '../browser/tabs-and-alarms.js';
import {startWorker} from './start-worker.js';

startWorker({
	storage: browserStorage,
	messaging: browserMessaging,
	tabs: browserTabs,
	alarms: browserAlarms,
	notifications: browserNotifications,
	badge: browserBadge,
	siteAccess: browserSiteAccess,
});
