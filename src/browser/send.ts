import browser from 'webextension-polyfill';
import type {MessageName, Payload, Reply} from '../background/messages.js';

/** Sends a typed message to the background worker. */
export async function send<N extends MessageName>(name: N, payload: Payload<N>): Promise<Awaited<Reply<N>>> {
	return browser.runtime.sendMessage({name, payload}) as Promise<Awaited<Reply<N>>>;
}
