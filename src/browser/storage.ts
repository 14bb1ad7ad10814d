import browser from 'webextension-polyfill';

/** One storage area, as Overshare uses it: plain objects in, copies out. */
export type StorageArea = {
	/** `null` reads everything (the migration reads the whole store). */
	get(keys: string | string[] | null): Promise<Record<string, unknown>>;
	set(items: Record<string, unknown>): Promise<void>;
	remove(keys: string | string[]): Promise<void>;
	clear(): Promise<void>;
};

export type StorageChangeListener = (changes: Record<string, unknown>, area: string) => void;

/**
 * `local` keeps what was read (findings, never page text) on the device; `session` keeps what must
 * not outlive the browser session (a tab's status, the scan in progress, a pending "Show me").
 */
export type Storage = {
	local: StorageArea;
	session: StorageArea;
	/** What an organisation set for this browser (read-only); empty when nothing is managed. */
	managed: {get(): Promise<Record<string, unknown>>};
	/** Calls back on every change to either area; returns the way to stop listening. */
	onChanged(listener: StorageChangeListener): () => void;
};

// The areas are looked up on each call, not kept: one object serves every test's fresh fake too.
const area = (name: 'local' | 'session'): StorageArea => ({
	get: async keys => browser.storage[name].get(keys),
	set: async items => browser.storage[name].set(items),
	remove: async keys => browser.storage[name].remove(keys),
	clear: async () => browser.storage[name].clear(),
});

export const browserStorage: Storage = {
	local: area('local'),
	session: area('session'),
	// Firefox rejects when no policy names the extension; Chrome answers {}: both mean nothing is set.
	managed: {get: async () => browser.storage.managed.get(null).catch(() => ({}))},
	onChanged(listener) {
		const forward = (changes: Record<string, unknown>, areaName: string) => listener(changes, areaName);
		browser.storage.onChanged.addListener(forward);
		return () => browser.storage.onChanged.removeListener(forward);
	},
};
