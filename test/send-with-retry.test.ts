import {expect, test, vi} from 'vitest';
import {sendWithRetry} from '../content-scripts/send-with-retry.js';

// A page's report to a worker that was stopped while handling it is sent again, not lost.
test('a send the stopped worker dropped is tried again, and the fresh worker\'s answer returned', async () => {
	const send = vi.fn<() => Promise<string>>()
		.mockRejectedValueOnce(new Error('A listener indicated an asynchronous response, but the message channel closed before a response was received'))
		.mockResolvedValueOnce('show-me');
	expect(await sendWithRetry(send, {delayMs: 1})).toBe('show-me');
	expect(send).toHaveBeenCalledTimes(2);
});

test('after the last attempt the error is the caller\'s, and a send that works is sent once', async () => {
	const failing = vi.fn(async () => Promise.reject(new Error('gone')));
	await expect(sendWithRetry(failing, {attempts: 3, delayMs: 1})).rejects.toThrow('gone');
	expect(failing).toHaveBeenCalledTimes(3);
	const working = vi.fn(async () => 1);
	await sendWithRetry(working);
	expect(working).toHaveBeenCalledTimes(1);
});
