// @vitest-environment jsdom
import {JSDOM} from 'jsdom';
import {afterEach, describe, expect, test, vi} from 'vitest';
import {listenForCapture} from '../content-scripts/capture/listen.js';
import {siteReaders} from '../content-scripts/sites/index.js';
import {captureActiveTab} from '../popup/capture-sample.js';
import {extensionId, fromPopup, memoryMessaging, memoryTabs} from './memory-adapters.js';

// "Save a page sample" between the popup and the tab's content script, over in-memory adapters: who
// may ask, and what the popup does with each kind of reply. The sample itself: capture-redaction.test.ts.
afterEach(() => {
	vi.restoreAllMocks();
});

describe('the content script answers the popup only', () => {
	const page = new JSDOM('<p>Hello</p>', {url: 'https://example.com/'}).window.document;
	const request = {name: 'captureSample', payload: {}};

	test('the popup gets a reply; a page, another extension or another message get none', async () => {
		const messaging = memoryMessaging();
		listenForCapture(siteReaders, messaging, page);
		await expect(messaging.deliver(request, fromPopup)).resolves.toEqual({ok: false, reason: 'not-a-page'});
		expect(messaging.deliver(request, {id: extensionId, tab: {id: 3}, frameId: 0, url: 'https://example.com/'})).toBeUndefined();
		expect(messaging.deliver(request, {id: 'another-extension'})).toBeUndefined();
		expect(messaging.deliver({name: 'captureSample', payload: {all: true}}, fromPopup)).toBeUndefined();
		expect(messaging.deliver({name: 'getState', payload: {}}, fromPopup)).toBeUndefined();
	});
});

describe('the popup saves what the content script made, and nothing else', () => {
	const sample = {ok: true, html: '<!-- https://x.com/settings/profile -->\n<p></p>', fileName: 'overshare-sample-x-edit-profile-2026-03-04.html'};
	const capture = (reply: () => Promise<unknown>, tab: {id?: number} = {id: 5}) => {
		const tabs = memoryTabs();
		tabs.activeTab.mockResolvedValue(tab);
		const messaging = memoryMessaging();
		messaging.sendToTab.mockImplementation(reply);
		return {outcome: captureActiveTab(document, {tabs, messaging}), sendToTab: messaging.sendToTab, injectScript: tabs.injectScript};
	};

	test('a valid sample is downloaded under its file name', async () => {
		Object.assign(URL, {createObjectURL: vi.fn(() => 'blob:sample'), revokeObjectURL: vi.fn()});
		const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
			expect([this.href, this.download]).toEqual(['blob:sample', sample.fileName]);
		});
		const {outcome, sendToTab, injectScript} = capture(async () => sample);
		expect(await outcome).toEqual({state: 'saved', fileName: sample.fileName});
		// The sample code is injected into that tab only now, before it is asked.
		expect(injectScript).toHaveBeenCalledWith(5, 'capture.js');
		expect(injectScript.mock.invocationCallOrder[0]).toBeLessThan(sendToTab.mock.invocationCallOrder[0]!);
		expect(sendToTab).toHaveBeenCalledWith(5, {name: 'captureSample', payload: {}});
		expect(click).toHaveBeenCalledOnce();
	});

	test('a refusal says why; no tab is "not a page"; a malformed reply or no content script is a failure', async () => {
		expect(await capture(async () => ({ok: false, reason: 'logged-out'})).outcome).toEqual({state: 'refused', reason: 'logged-out'});
		expect(await capture(async () => sample, {}).outcome).toEqual({state: 'refused', reason: 'not-a-page'});
		expect(await capture(async () => ({...sample, fileName: '../../evil.html'})).outcome).toEqual({state: 'failed'});
		expect(await capture(async () => ({ok: false, reason: 'because'})).outcome).toEqual({state: 'failed'});
		expect(await capture(async () => Promise.reject(new Error('Could not establish connection'))).outcome).toEqual({state: 'failed'});
		// A tab the popup may not script (a browser page): failed, and nothing asked.
		const refused = capture(async () => sample);
		refused.injectScript.mockRejectedValueOnce(new Error('Cannot access contents of the page'));
		expect(await refused.outcome).toEqual({state: 'failed'});
		expect(refused.sendToTab).not.toHaveBeenCalled();
	});
});
