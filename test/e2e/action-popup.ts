// The toolbar popup, reached over raw CDP: Playwright does not attach to extension popups.
import type {CDPSession, Page} from 'playwright-core';
import {poll} from './poll.js';

/** A page reached over raw CDP (the toolbar popup). */
export type ActionPopup = {
	/** Evaluates a JavaScript expression in the page (promises awaited) and returns its JSON value. */
	evaluate<T>(expression: string): Promise<T>;
	/** Resolves once the expression is truthy. */
	waitFor(expression: string, timeoutMs: number): Promise<void>;
	/** A PNG of the popup as the user sees it; `full` includes what is scrolled out of view. */
	screenshot(options?: {full?: boolean}): Promise<Buffer>;
	/** Any CDP command on the popup's target. */
	send(method: string, params?: Record<string, unknown>): Promise<any>;
	close(): Promise<void>;
};

/** Drives a target through Target.sendMessageToTarget (a non-flat session, which Playwright's CDPSession can carry). */
export async function attachToTarget(browserSession: CDPSession, targetId: string): Promise<ActionPopup> {
	const {sessionId} = await browserSession.send('Target.attachToTarget', {targetId, flatten: false});
	let nextId = 0;
	const pending = new Map<number, {resolve: (value: any) => void; reject: (error: Error) => void}>();
	browserSession.on('Target.receivedMessageFromTarget', event => {
		if (event.sessionId !== sessionId) {
			return;
		}

		const message = JSON.parse(event.message) as {id?: number; result?: unknown; error?: {message: string}};
		const waiter = message.id === undefined ? undefined : pending.get(message.id);
		if (waiter) {
			pending.delete(message.id!);
			if (message.error) {
				waiter.reject(new Error(message.error.message));
			} else {
				waiter.resolve(message.result);
			}
		}
	});
	const call = async (method: string, params: Record<string, unknown> = {}): Promise<any> => {
		const id = ++nextId;
		const result = new Promise((resolve, reject) => pending.set(id, {resolve, reject}));
		await browserSession.send('Target.sendMessageToTarget', {sessionId, message: JSON.stringify({id, method, params})});
		return result;
	};

	const evaluate = async <T>(expression: string): Promise<T> => {
		const {result, exceptionDetails} = await call('Runtime.evaluate', {expression, returnByValue: true, awaitPromise: true});
		if (exceptionDetails) {
			throw new Error(`In the popup: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
		}

		return result.value as T;
	};

	return {
		evaluate,
		async waitFor(expression, timeoutMs) {
			await poll(async () => evaluate<boolean>(`Boolean(${expression})`), Boolean, timeoutMs, expression);
		},
		async screenshot({full = false} = {}) {
			const {data} = await call('Page.captureScreenshot', {format: 'png', captureBeyondViewport: full,
				...(full ? {clip: {x: 0, y: 0, width: await evaluate<number>('innerWidth'), height: await evaluate<number>('document.documentElement.scrollHeight'), scale: 1}} : {})});
			return Buffer.from(data as string, 'base64');
		},
		send: call,
		async close() {
			await evaluate('window.close()').catch(() => undefined);
			await browserSession.detach().catch(() => undefined);
		},
	};
}

/** The popup's checklist items: [rule id, status], in order. Works on a tab (Page) or the toolbar popup. */
export const checklistScript = `[...document.querySelectorAll('li[data-rule]')].map(item => ({rule: item.dataset.rule, status: item.dataset.status}))`;
export async function readChecklist(popup: Page | ActionPopup): Promise<Array<{rule: string; status: string}>> {
	return 'goto' in popup ? popup.evaluate(checklistScript) : popup.evaluate(checklistScript);
}
