import {vi} from 'vitest';
import type {MessageListener, Messaging} from '../src/browser/messaging.js';
import type {Badge, Notifications} from '../src/browser/notifications.js';
import type {StorageArea, StorageChangeListener} from '../src/browser/storage.js';
import type {Alarms, Tabs} from '../src/browser/tabs-and-alarms.js';
import {startWorker} from '../src/background/start-worker.js';
import type {Sender} from '../src/core/protocol/protocol.js';

// Plain in-memory stand-ins for the adapters in src/browser/: the worker's logic is tested over
// these, the adapters themselves over the fake browser. Every method is a vi.fn, to assert calls on.

export const extensionId = 'overshare-test';
export const extensionBase = `chrome-extension://${extensionId}/`;

/** A storage area that keeps copies, as the browser does, and tells `changed` what was written. */
function memoryArea(changed: (changes: Record<string, unknown>) => void, initial: Record<string, unknown> = {}): StorageArea {
	let data = structuredClone(initial);
	return {
		get: vi.fn(async (keys: string | string[] | null) => {
			const wanted = keys === null ? Object.keys(data) : [keys].flat();
			return structuredClone(Object.fromEntries(wanted.filter(key => key in data).map(key => [key, data[key]])));
		}),
		set: vi.fn(async (items: Record<string, unknown>) => {
			data = {...data, ...structuredClone(items)};
			changed(items);
		}),
		remove: vi.fn(async (keys: string | string[]) => {
			const removed = [keys].flat().filter(key => key in data);
			data = Object.fromEntries(Object.entries(data).filter(([key]) => !removed.includes(key)));
			changed(Object.fromEntries(removed.map(key => [key, undefined])));
		}),
		clear: vi.fn(async () => {
			const removed = Object.keys(data);
			data = {};
			changed(Object.fromEntries(removed.map(key => [key, undefined])));
		}),
	};
}

export function memoryStorage(initial: {local?: Record<string, unknown>; session?: Record<string, unknown>; managed?: Record<string, unknown>} = {}) {
	const listeners = new Set<StorageChangeListener>();
	const tell = (area: string) => (changes: Record<string, unknown>) => listeners.forEach(listener => listener(changes, area));
	return {
		local: memoryArea(tell('local'), initial.local),
		session: memoryArea(tell('session'), initial.session),
		managed: {get: vi.fn(async () => structuredClone(initial.managed ?? {}))},
		onChanged: vi.fn((listener: StorageChangeListener) => {
			listeners.add(listener);
			return () => listeners.delete(listener);
		}),
	};
}

/** Messages go straight to the listeners; `deliver` is a message arriving from `sender`, as the browser hands it over. */
export function memoryMessaging() {
	const listeners: MessageListener[] = [];
	const deliver = (message: unknown, sender: Sender): Promise<unknown> | undefined => {
		const replies = listeners.map(listener => listener(message, sender)).filter(reply => reply !== undefined);
		return replies[0];
	};

	return {
		sendToBackground: vi.fn(async (name: string, payload: unknown) => deliver({name, payload}, {id: extensionId})) as unknown as Messaging['sendToBackground'],
		sendToTab: vi.fn<Messaging['sendToTab']>(async () => undefined),
		onMessage: vi.fn((listener: MessageListener) => void listeners.push(listener)),
		extensionId: () => extensionId,
		extensionUrl: (path: string) => `${extensionBase}${path}`,
		extensionVersion: () => '0.1.0',
		deliver,
	};
}

/** `close` and `load` are the user closing a tab and a new page starting to load in it. */
export function memoryTabs() {
	const removed: Array<(tabId: number) => void> = [];
	const loading: Array<(tabId: number) => void> = [];
	let nextId = 100;
	return {
		create: vi.fn<Tabs['create']>(async () => ({id: nextId++})),
		update: vi.fn<Tabs['update']>(async () => ({})),
		remove: vi.fn<Tabs['remove']>(async () => undefined),
		activeTab: vi.fn<Tabs['activeTab']>(async () => ({id: 1})),
		injectScript: vi.fn<Tabs['injectScript']>(async () => undefined),
		currentTab: vi.fn<Tabs['currentTab']>(async () => undefined),
		onRemoved: (listener: (tabId: number) => void) => void removed.push(listener),
		onLoading: (listener: (tabId: number) => void) => void loading.push(listener),
		close: (tabId: number) => removed.forEach(listener => listener(tabId)),
		load: (tabId: number) => loading.forEach(listener => listener(tabId)),
	};
}

/** `fire` is an alarm going off; `startup` is the browser starting. */
export function memoryAlarms() {
	const alarms = new Map<string, Parameters<Alarms['create']>[1]>();
	const onAlarm: Array<(name: string) => void> = [];
	const onStartup: Array<() => void> = [];
	return {
		create: vi.fn(async (name: string, when: Parameters<Alarms['create']>[1]) => void alarms.set(name, when)),
		clear: vi.fn(async (name: string) => alarms.delete(name)),
		get: vi.fn(async (name: string) => (alarms.has(name) ? {name} : undefined)),
		onAlarm: (listener: (name: string) => void) => void onAlarm.push(listener),
		onBrowserStartup: (listener: () => void) => void onStartup.push(listener),
		fire: (name: string) => onAlarm.forEach(listener => listener(name)),
		startup: () => onStartup.forEach(listener => listener()),
	};
}

/** `click` is the user clicking a notification. */
export function memoryNotifications() {
	const onClicked: Array<(id: string) => Promise<void> | void> = [];
	return {
		create: vi.fn<Notifications['create']>(async () => undefined),
		clear: vi.fn<Notifications['clear']>(async () => undefined),
		onClicked: (listener: (id: string) => void) => void onClicked.push(listener),
		click: async (id: string) => Promise.all(onClicked.map(async listener => listener(id))),
	};
}

/** Every site allowed, unless a test withdraws some (`withdrawn.add('https://x.com/*')`). */
export function memorySiteAccess() {
	const withdrawn = new Set<string>();
	return {withdrawn, allowed: vi.fn(async (origins: readonly string[]) => origins.every(origin => !withdrawn.has(origin)))};
}

export const memoryBadge = () => ({show: vi.fn<Badge['show']>(async () => undefined)});

/**
 * A worker started over in-memory adapters, `local` already stored when it starts. `send` is a
 * message arriving from `sender`: the handler's promise, or undefined when it gets no answer.
 */
export function startMemoryWorker(stored: {local?: Record<string, unknown>; managed?: Record<string, unknown>} = {}) {
	const adapters = {
		storage: memoryStorage(stored),
		messaging: memoryMessaging(),
		tabs: memoryTabs(),
		alarms: memoryAlarms(),
		notifications: memoryNotifications(),
		badge: memoryBadge(),
		siteAccess: memorySiteAccess(),
	};
	startWorker(adapters);
	return {...adapters, local: adapters.storage.local, session: adapters.storage.session, send: adapters.messaging.deliver};
}

/** The popup (or any extension page in its own window): no tab. */
export const fromPopup: Sender = {id: extensionId};
