import browser from 'webextension-polyfill';

/**
 * System notifications: a setting that became more exposed, a check-up reminder, a review check-in.
 * Clicking one opens Overshare's panel (or the review) as a tab: an extension cannot open its toolbar popup by itself.
 */
export async function notify(id: string, title: string, message: string): Promise<void> {
	await browser.notifications.create(id, {type: 'basic', iconUrl: browser.runtime.getURL('icons/icon-128.png'), title, message});
}

/** `pageFor` names the extension page a notification opens (the panel unless it says otherwise). */
export function openPanelOnNotificationClick(pageFor: (id: string) => string = () => 'popup.html'): void {
	browser.notifications.onClicked.addListener(async id => {
		await browser.notifications.clear(id);
		await browser.tabs.create({url: browser.runtime.getURL(pageFor(id))});
	});
}
