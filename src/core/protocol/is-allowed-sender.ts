import type {Message, MessageName, Sender} from './protocol.js';

/**
 * Who may send each message. Content scripts run inside the social sites' pages: they may only
 * report what they read (and ask for the words to read it with). Every message names its senders, so a new message must choose (a type error otherwise).
 */
const sentBy: {readonly [N in MessageName]: 'content-script' | 'extension-page'} = {
	reportPage: 'content-script',
	notePage: 'content-script',
	labelTable: 'content-script',
	getState: 'extension-page',
	showMe: 'extension-page',
	startScan: 'extension-page',
	cancelScan: 'extension-page',
	setReminder: 'extension-page',
	setProfile: 'extension-page',
	forgetEverything: 'extension-page',
	forgetSite: 'extension-page',
	answerQuestion: 'extension-page',
	clearAnswer: 'extension-page',
	setAppUse: 'extension-page',
	review: 'extension-page',
	deleteReview: 'extension-page',
};

/**
 * Is this sender allowed to send this message? Content scripts may only report, and only from a top
 * frame. An extension page open in a tab (the popup as a page, the report) also has a `tab`, so
 * "from a content script" means: from a tab, at a URL outside the extension.
 */
export function isAllowedSender(message: Message, sender: Sender, extensionId: string, extensionBase: string): boolean {
	if (sender.id !== extensionId) {
		return false;
	}

	const fromContentScript = sender.tab !== undefined && !(sender.url ?? '').startsWith(extensionBase);
	if (!fromContentScript) {
		return sentBy[message.name] === 'extension-page';
	}

	return sentBy[message.name] === 'content-script' && sender.frameId === 0;
}
