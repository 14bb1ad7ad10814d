import browser from 'webextension-polyfill';

/** The tabs Overshare opens (the scan's, "Show me", a notification's page) and the few events it follows. */
export type Tabs = {
	/** `active: false` opens it behind the current tab (the scan's tab). */
	create(details: {url: string; active?: boolean}): Promise<{id?: number}>;
	update(tabId: number, details: {url: string}): Promise<unknown>;
	remove(tabId: number): Promise<void>;
	/** The active tab of the current window: the one the toolbar popup was opened over. */
	activeTab(): Promise<{id?: number} | undefined>;
	/**
	 * Runs one of the extension's scripts in the tab's page (its content scripts' world). Only the
	 * active tab the toolbar popup was opened over (activeTab): the popup's "Save a page sample".
	 */
	injectScript(tabId: number, file: string): Promise<void>;
	/** The tab this extension page is shown in; undefined in the toolbar popup. */
	currentTab(): Promise<{id?: number} | undefined>;
	onRemoved(listener: (tabId: number) => void): void;
	/** A new page started loading in the tab (the "tabs" permission is not needed for this). */
	onLoading(listener: (tabId: number) => void): void;
};

/**
 * The worker's wake-ups: alarms at a time, and the start of the browser (alarms and the badge may not
 * survive a restart, so the start sets them again).
 */
export type Alarms = {
	create(name: string, when: {when?: number; delayInMinutes?: number; periodInMinutes?: number}): Promise<void>;
	clear(name: string): Promise<unknown>;
	get(name: string): Promise<{name: string} | undefined>;
	onAlarm(listener: (name: string) => void): void;
	onBrowserStartup(listener: () => void): void;
};

/**
 * Whether the browser still lets Overshare read a site. Firefox (and Chrome's site access menu) let
 * the user withdraw a host permission; then no content script runs there and nothing is read, which
 * must be said, not left to look like a site with nothing to find.
 */
export type SiteAccess = {allowed(origins: readonly string[]): Promise<boolean>};

export const browserSiteAccess: SiteAccess = {
	allowed: async origins => browser.permissions.contains({origins: [...origins]}),
};

export const browserTabs: Tabs = {
	create: async details => browser.tabs.create(details),
	update: async (tabId, details) => browser.tabs.update(tabId, details),
	remove: async tabId => browser.tabs.remove(tabId),
	activeTab: async () => (await browser.tabs.query({active: true, currentWindow: true}))[0],
	async injectScript(tabId, file) {
		await browser.scripting.executeScript({target: {tabId}, files: [file]});
	},
	// Not every browser has it in every extension page: then there is no tab of our own.
	currentTab: async () => browser.tabs.getCurrent?.(),
	onRemoved(listener) {
		browser.tabs.onRemoved.addListener(tabId => listener(tabId));
	},
	onLoading(listener) {
		browser.tabs.onUpdated.addListener((tabId, change) => {
			if (change.status === 'loading') {
				listener(tabId);
			}
		});
	},
};

export const browserAlarms: Alarms = {
	create: async (name, when) => browser.alarms.create(name, when),
	clear: async name => browser.alarms.clear(name),
	get: async name => browser.alarms.get(name),
	onAlarm(listener) {
		browser.alarms.onAlarm.addListener(alarm => listener(alarm.name));
	},
	onBrowserStartup(listener) {
		browser.runtime.onStartup.addListener(listener);
	},
};
