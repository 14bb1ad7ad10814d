import {browserMessaging} from '../src/browser/messaging.js';
import {browserStorage} from '../src/browser/storage.js';
import {browserTabs} from '../src/browser/tabs-and-alarms.js';

/** The extension pages' real browser, for the entry points; the views and hooks take it as a parameter. */
export const browserConnection = {messaging: browserMessaging, storage: browserStorage, tabs: browserTabs};

/** A message of the protocol to the background worker (the reply, or a rejection if the worker is gone). */
export const sendToBackground = browserMessaging.sendToBackground;
