// @vitest-environment jsdom
import {render} from 'preact';
import {act} from 'preact/test-utils';
import {afterEach, beforeEach, expect, test, vi} from 'vitest';
import type {Messaging} from '../src/browser/messaging.js';
import {giveUpMs, replyWaitMs, useStateFromBackground, type BackgroundConnection, type Loaded} from '../popup/use-state-from-background.js';
import {memoryStorage, memoryTabs} from './memory-adapters.js';

// The popup's state hook over in-memory adapters: which tab it asks about, when it asks again, and
// which reply it keeps.
let root: HTMLElement;
let seen: Loaded[];
beforeEach(() => {
	root = document.createElement('div');
	document.body.append(root);
	seen = [];
});
afterEach(() => {
	render(null, root);
	root.remove();
});

function Probe({connection}: {connection: BackgroundConnection}) {
	seen.push(useStateFromBackground(connection));
	return null;
}

function connect(reply: (payload: {tabId?: number}) => Promise<unknown>) {
	const sendToBackground = vi.fn(async (_name: string, payload: {tabId?: number}) => reply(payload));
	const connection = {messaging: {sendToBackground: sendToBackground as unknown as Messaging['sendToBackground']}, storage: memoryStorage(), tabs: memoryTabs()};
	return {connection, sendToBackground};
}

const last = () => seen.at(-1)!;

test('over a tab, it asks for that tab\'s state; opened as a page of its own, for none', async () => {
	const overTab = connect(async () => ({catalog: []}));
	overTab.connection.tabs.activeTab.mockResolvedValue({id: 4});
	await act(async () => render(<Probe connection={overTab.connection}/>, root));
	await vi.waitFor(() => expect(last()).toEqual({state: 'ready', value: {catalog: [], overTab: true}}));
	expect(overTab.sendToBackground).toHaveBeenCalledWith('getState', {tabId: 4});

	await act(async () => render(null, root));
	const asPage = connect(async () => ({catalog: []}));
	asPage.connection.tabs.activeTab.mockResolvedValue({id: 8});
	asPage.connection.tabs.currentTab.mockResolvedValue({id: 8});
	await act(async () => render(<Probe connection={asPage.connection}/>, root));
	await vi.waitFor(() => expect(last()).toEqual({state: 'ready', value: {catalog: [], overTab: false}}));
	expect(asPage.sendToBackground).toHaveBeenCalledWith('getState', {tabId: undefined});
});

test('asks again when the audit, the scans, the reminder, the review or the session change; not for other keys, nor once closed', async () => {
	const {connection, sendToBackground} = connect(async () => ({}));
	await act(async () => render(<Probe connection={connection}/>, root));
	await vi.waitFor(() => expect(sendToBackground).toHaveBeenCalledTimes(1));
	for (const key of ['audit', 'scans', 'reminder', 'review']) {
		await act(async () => connection.storage.local.set({[key]: 1}));
	}

	await act(async () => connection.storage.session.set({'tab:4': {}}));
	await vi.waitFor(() => expect(sendToBackground).toHaveBeenCalledTimes(6));
	await act(async () => connection.storage.local.set({scanPaceMs: 0, pages: {}}));
	expect(sendToBackground).toHaveBeenCalledTimes(6);

	// Preact runs an unmounted effect's cleanup after paint: act() lets it run.
	await act(async () => render(null, root));
	await connection.storage.local.set({audit: 2});
	expect(sendToBackground).toHaveBeenCalledTimes(6);
});

test('an older reply that arrives late is dropped; a worker that does not answer is a failure', async () => {
	const replies: Array<(value: unknown) => void> = [];
	const {connection} = connect(async () => new Promise(resolve => replies.push(resolve)));
	await act(async () => render(<Probe connection={connection}/>, root));
	await vi.waitFor(() => expect(replies).toHaveLength(1));
	await act(async () => connection.storage.local.set({audit: 1}));
	expect(replies).toHaveLength(2);
	await act(async () => replies[1]!({catalog: ['newer']}));
	await act(async () => replies[0]!({catalog: ['older']}));
	expect(last()).toEqual({state: 'ready', value: {catalog: ['newer'], overTab: true}});

	await act(async () => render(null, root));
	const failing = connect(async () => Promise.reject(new Error('Receiving end does not exist')));
	await act(async () => render(<Probe connection={failing.connection}/>, root));
	await vi.waitFor(() => expect(last()).toMatchObject({state: 'failed'}));
});

test('a worker that never answers: "still loading" after a second, "couldn\'t load" after eight, with Try again, which asks again; the newest reply wins', async () => {
	vi.useFakeTimers();
	try {
		const replies: Array<(value: unknown) => void> = [];
		const {connection, sendToBackground} = connect(async () => new Promise(resolve => replies.push(resolve)));
		await act(async () => render(<Probe connection={connection}/>, root));
		await act(async () => {
			await vi.advanceTimersByTimeAsync(replyWaitMs - 1);
		});
		expect(last().state).toBe('loading');
		await act(async () => {
			await vi.advanceTimersByTimeAsync(1);
		});
		expect(last().state).toBe('slow');
		await act(async () => {
			await vi.advanceTimersByTimeAsync(giveUpMs - replyWaitMs - 1);
		});
		expect(last().state).toBe('slow');
		await act(async () => {
			await vi.advanceTimersByTimeAsync(1);
		});
		const failed = last();
		expect(failed.state).toBe('failed');
		await act(async () => {
			if (failed.state === 'failed') {
				failed.retry();
			}
		});
		expect(sendToBackground).toHaveBeenCalledTimes(2);
		await act(async () => {
			replies[1]!({catalog: []});
			await vi.advanceTimersByTimeAsync(0);
		});
		expect(last()).toMatchObject({state: 'ready'});
		// The first request's reply, late, is older than the retry's: dropped.
		await act(async () => replies[0]!({catalog: ['stale']}));
		expect(last()).toMatchObject({state: 'ready', value: {catalog: []}});
	} finally {
		vi.useRealTimers();
	}
});

test('"some saved results were damaged" is said once by the worker, and stays while this popup is open', async () => {
	let calls = 0;
	const {connection} = connect(async () => (++calls === 1 ? {catalog: [], storeProblem: {problem: 'damaged', at: 1}} : {catalog: []}));
	await act(async () => render(<Probe connection={connection}/>, root));
	await vi.waitFor(() => expect(last()).toMatchObject({state: 'ready', value: {storeProblem: {problem: 'damaged'}}}));
	await act(async () => connection.storage.local.set({audit: 1}));
	await vi.waitFor(() => expect(calls).toBe(2));
	expect(last()).toMatchObject({state: 'ready', value: {storeProblem: {problem: 'damaged'}}});
});
