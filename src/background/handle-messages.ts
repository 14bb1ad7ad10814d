import type {Messaging} from '../browser/messaging.js';
import {isAllowedSender} from '../core/protocol/is-allowed-sender.js';
import {parseMessage} from '../core/protocol/parse-message.js';
import type {Handlers, Sender} from '../core/protocol/protocol.js';

/**
 * Answers the protocol's messages with one handler each (a missing one is a type error). A message
 * that does not parse, or comes from a sender not allowed to send it, gets no answer at all.
 */
export function handleMessages(messaging: Pick<Messaging, 'onMessage' | 'extensionId' | 'extensionUrl'>, handlers: Handlers): void {
	messaging.onMessage((raw, sender) => {
		const message = parseMessage(raw, sender.url);
		if (!message || !isAllowedSender(message, sender, messaging.extensionId(), messaging.extensionUrl(''))) {
			return undefined;
		}

		const handler = handlers[message.name] as (payload: unknown, sender: Sender) => unknown;
		return Promise.resolve(handler(message.payload, sender));
	});
}
