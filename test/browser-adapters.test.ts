import {beforeEach, describe, expect, test, vi} from 'vitest';
import {browserMessaging} from '../src/browser/messaging.js';
import {browserBadge, browserNotifications} from '../src/browser/notifications.js';
import {browserStorage} from '../src/browser/storage.js';
import {browserAlarms, browserTabs} from '../src/browser/tabs-and-alarms.js';
import type {installFakeBrowser} from './fake-browser.js';

// The adapters over the fake browser the setup installed (webextension-polyfill is bound to it):
// each call and event maps to the browser's API the way the rest of the code relies on.
const fake = (globalThis as unknown as {browser: ReturnType<typeof installFakeBrowser>}).browser;

beforeEach(async () => {
	await fake.storage.local.clear();
	await fake.storage.session.clear();
});

describe('storage', () => {
	test('local and session are separate areas; null reads everything', async () => {
		await browserStorage.local.set({pages: {}, audit: 1});
		await browserStorage.session.set({scan: 2});
		expect(await browserStorage.local.get(null)).toEqual({pages: {}, audit: 1});
		expect(await browserStorage.session.get(['scan', 'audit'])).toEqual({scan: 2});
		await browserStorage.local.remove('audit');
		expect(await fake.storage.local.get(null)).toEqual({pages: {}});
		await browserStorage.session.clear();
		expect(await fake.storage.session.get(null)).toEqual({});
	});

	test('a change listener hears both areas until it stops listening', () => {
		const heard = vi.fn();
		const stop = browserStorage.onChanged(heard);
		const [forward] = fake.storage.onChanged.listeners;
		forward!({audit: {newValue: 1}}, 'local');
		expect(heard).toHaveBeenCalledWith({audit: {newValue: 1}}, 'local');
		stop();
		expect(fake.storage.onChanged.listeners).toEqual([]);
	});
});

describe('messaging', () => {
	test('a message to the worker travels as {name, payload} and resolves to the reply', async () => {
		const sendMessage = vi.fn(async (_message: unknown) => ({tab: undefined}));
		Object.assign(fake.runtime, {sendMessage});
		expect(await browserMessaging.sendToBackground('getState', {tabId: 3})).toEqual({tab: undefined});
		expect(sendMessage).toHaveBeenCalledWith({name: 'getState', payload: {tabId: 3}});
	});

	test('a listener gets the message and its sender, and its promise is the reply', async () => {
		browserMessaging.onMessage((message, sender) => (sender.id === 'me' ? Promise.resolve({echo: message}) : undefined));
		const listener = fake.runtime.onMessage.listeners.at(-1)!;
		await expect(listener('hi', {id: 'me'})).resolves.toEqual({echo: 'hi'});
		expect(listener('hi', {id: 'someone-else'})).toBeUndefined();
	});

	test('the extension\'s id, addresses and version', () => {
		expect(browserMessaging.extensionId()).toBe('overshare-test');
		expect(browserMessaging.extensionUrl('review.html')).toBe('chrome-extension://overshare-test/review.html');
		expect(browserMessaging.extensionVersion()).toBe('0.1.0');
	});
});

describe('tabs and alarms', () => {
	test('only a page starting to load counts as loading', () => {
		const loading = vi.fn();
		browserTabs.onLoading(loading);
		const listener = fake.tabs.onUpdated.listeners.at(-1)!;
		listener(5, {title: 'x'});
		listener(5, {status: 'complete'});
		listener(6, {status: 'loading'});
		expect(loading.mock.calls).toEqual([[6]]);
	});

	test('the active tab is the first the query finds; without getCurrent there is no tab of our own', async () => {
		expect(await browserTabs.activeTab()).toEqual({id: 1});
		expect(await browserTabs.currentTab()).toBeUndefined();
	});

	test('an alarm is heard by its name', () => {
		const heard = vi.fn();
		browserAlarms.onAlarm(heard);
		fake.alarms.onAlarm.listeners.at(-1)!({name: 'overshare-scan', scheduledTime: 1});
		expect(heard).toHaveBeenCalledWith('overshare-scan');
	});
});

describe('notifications and the badge', () => {
	test('a notification is basic and shows the extension\'s icon', async () => {
		const create = vi.fn(async (id: string, _options: object) => id);
		Object.assign(fake.notifications, {create});
		await browserNotifications.create('checkup-1', {title: 'T', message: 'M'});
		expect(create).toHaveBeenCalledWith('checkup-1', {type: 'basic', iconUrl: 'chrome-extension://overshare-test/icons/icon-128.png', title: 'T', message: 'M'});
	});

	test('the badge sets its colour, text and tooltip', async () => {
		const calls = {
			setBadgeBackgroundColor: vi.fn(async (_details: object) => undefined),
			setBadgeText: vi.fn(async (_details: object) => undefined),
			setTitle: vi.fn(async (_details: object) => undefined),
		};
		Object.assign(fake.action, calls);
		await browserBadge.show({text: '2', title: '2 urgent', color: '#b3261e'});
		expect(calls.setBadgeBackgroundColor).toHaveBeenCalledWith({color: '#b3261e'});
		expect(calls.setBadgeText).toHaveBeenCalledWith({text: '2'});
		expect(calls.setTitle).toHaveBeenCalledWith({title: '2 urgent'});
	});
});
