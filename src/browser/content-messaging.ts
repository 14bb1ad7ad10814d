import type {MessageName, Payload, Reply} from '../core/protocol/protocol.js';
import type {MessageListener, Messaging} from './messaging.js';

/** What a content script uses of the messaging adapter: no tabs of its own to message. */
export type ContentMessaging = Omit<Messaging, 'sendToTab'>;

type Runtime = {
	id: string;
	getURL(path: string): string;
	getManifest(): {version: string};
	sendMessage(message: unknown): Promise<unknown>;
	onMessage: {addListener(listener: (message: unknown, sender: never, sendResponse: (reply: unknown) => void) => true | undefined): void};
};

/**
 * The messaging adapter of the content scripts, without webextension-polyfill: its 10 KB were a
 * third of every site's bundle, for the two calls a content script makes. Both browsers' runtime
 * returns promises from sendMessage in MV3 (Firefox as `browser`, Chrome as `chrome`); a reply is
 * given through sendResponse, which both accept (Chrome ignores a listener's promise).
 */
const runtime = (): Runtime => ((globalThis as {browser?: {runtime: Runtime}}).browser ?? (globalThis as unknown as {chrome: {runtime: Runtime}}).chrome).runtime;

async function sendToBackground<N extends MessageName>(name: N, payload: Payload<N>): Promise<Awaited<Reply<N>>> {
	return runtime().sendMessage({name, payload}) as Promise<Awaited<Reply<N>>>;
}

export const contentMessaging: ContentMessaging = {
	sendToBackground,
	onMessage(listener: MessageListener) {
		runtime().onMessage.addListener((message, sender, sendResponse) => {
			const reply = listener(message, sender);
			if (!reply) {
				return undefined;
			}

			reply.then(sendResponse, () => sendResponse(undefined));
			return true;
		});
	},
	extensionId: () => runtime().id,
	extensionUrl: path => runtime().getURL(path),
	extensionVersion: () => runtime().getManifest().version,
};
