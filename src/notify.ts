import browser from 'webextension-polyfill';

/**
 * System notifications: a setting that became more exposed, and a check-up reminder. Clicking one
 * opens Overshare's panel as a tab (an extension cannot open its toolbar popup by itself).
 */
export async function notify(id: string, title: string, message: string): Promise<void> {
	await browser.notifications.create(id, {type: 'basic', iconUrl: browser.runtime.getURL('icons/icon-128.png'), title, message});
}

export function openPanelOnNotificationClick(): void {
	browser.notifications.onClicked.addListener(async id => {
		await browser.notifications.clear(id);
		await browser.tabs.create({url: browser.runtime.getURL('popup.html')});
	});
}
