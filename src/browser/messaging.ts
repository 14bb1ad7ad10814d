import browser from 'webextension-polyfill';
import type {MessageName, Payload, Reply, Sender} from '../core/protocol/protocol.js';

/** A listener's promise is the reply; `undefined` means no reply (the message is not for it, or refused). */
export type MessageListener = (message: unknown, sender: Sender) => Promise<unknown> | undefined;

/** Runtime messages to and from the worker, messages to a tab's content script, and the extension's own id and addresses. */
export type Messaging = {
	/** A message of the protocol to the background worker; resolves to its handler's reply. */
	sendToBackground<N extends MessageName>(name: N, payload: Payload<N>): Promise<Awaited<Reply<N>>>;
	/** A message to the content script of one tab (the popup's "Save a page sample"). */
	sendToTab(tabId: number, message: unknown): Promise<unknown>;
	onMessage(listener: MessageListener): void;
	extensionId(): string;
	/** The address of one of the extension's own files, e.g. "popup.html". */
	extensionUrl(path: string): string;
	extensionVersion(): string;
};

/** The reply is what the worker's handler for `name` returned (src/background/handle-messages.ts). */
async function sendToBackground<N extends MessageName>(name: N, payload: Payload<N>): Promise<Awaited<Reply<N>>> {
	return browser.runtime.sendMessage({name, payload}) as Promise<Awaited<Reply<N>>>;
}

export const browserMessaging: Messaging = {
	sendToBackground,
	sendToTab: async (tabId, message) => browser.tabs.sendMessage(tabId, message),
	onMessage(listener) {
		browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => listener(message, sender));
	},
	extensionId: () => browser.runtime.id,
	extensionUrl: path => browser.runtime.getURL(path),
	extensionVersion: () => browser.runtime.getManifest().version,
};
