import browser from 'webextension-polyfill';

/**
 * System notifications: a setting that became more exposed, a check-up reminder, a review check-in.
 * Each shows the extension's icon.
 */
export type Notifications = {
	create(id: string, content: {title: string; message: string}): Promise<void>;
	clear(id: string): Promise<void>;
	onClicked(listener: (id: string) => void): void;
};

/** The toolbar button's badge: a short count, its tooltip, and its colour. */
export type Badge = {
	show(badge: {text: string; title: string; color: string}): Promise<void>;
};

export const browserNotifications: Notifications = {
	async create(id, {title, message}) {
		await browser.notifications.create(id, {type: 'basic', iconUrl: browser.runtime.getURL('icons/icon-128.png'), title, message});
	},
	async clear(id) {
		await browser.notifications.clear(id);
	},
	onClicked(listener) {
		browser.notifications.onClicked.addListener(id => listener(id));
	},
};

export const browserBadge: Badge = {
	async show({text, title, color}) {
		await browser.action.setBadgeBackgroundColor({color});
		await browser.action.setBadgeText({text});
		await browser.action.setTitle({title});
	},
};
