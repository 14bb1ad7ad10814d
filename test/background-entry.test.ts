import {expect, test, vi} from 'vitest';
import {installFakeBrowser} from './fake-browser.js';

// The entry only hands the worker the real adapters: through the (fake) browser, a message, a tab
// event, a notification click and the browser's start each reach the worker. What the worker does
// with them is tested over in-memory adapters (background*.test.ts).
test('the background entry wires the worker to the browser', async () => {
	const fake = installFakeBrowser();
	const setBadgeText = vi.fn(async (_details: {text: string}) => undefined);
	const tabsCreate = vi.fn(async (_details: {url: string}) => ({id: 9}));
	Object.assign(fake.action, {setBadgeText});
	Object.assign(fake.tabs, {create: tabsCreate});
	await import('../src/background/background.js');
	for (const event of [fake.runtime.onMessage, fake.runtime.onStartup, fake.tabs.onRemoved, fake.tabs.onUpdated, fake.alarms.onAlarm, fake.notifications.onClicked]) {
		expect(event.listeners).toHaveLength(1);
	}

	const [onMessage] = fake.runtime.onMessage.listeners;
	const fromPage = {id: fake.runtime.id, tab: {id: 4}, frameId: 0, url: 'https://www.facebook.com/settings/?tab=posts'};
	const report = {name: 'reportPage', payload: {site: 'facebook', pageKind: 'settings-posts', status: 'read', observations: {futurePostsAudience: {state: 'known', value: 'public'}}}};
	expect(onMessage!(report, {...fromPage, id: 'another-extension'})).toBeUndefined();
	await onMessage!(report, fromPage);
	expect(await fake.storage.local.get('pages')).toHaveProperty('pages.facebook');
	expect(await fake.storage.session.get('tab:4')).toHaveProperty(['tab:4', 'status'], 'read');
	expect(setBadgeText).toHaveBeenCalled();

	// A new page load in the tab forgets its status.
	fake.tabs.onUpdated.listeners[0]!(4, {status: 'loading'});
	await vi.waitFor(async () => expect(await fake.storage.session.get('tab:4')).toEqual({}));

	await fake.notifications.onClicked.listeners[0]!('checkup-1');
	expect(tabsCreate).toHaveBeenCalledWith({url: 'chrome-extension://overshare-test/popup.html'});

	// The badge is not kept across browser restarts: the start sets it again.
	setBadgeText.mockClear();
	await fake.runtime.onStartup.listeners[0]!();
	expect(setBadgeText).toHaveBeenCalledOnce();
});
