import browser from 'webextension-polyfill';
import type {PageReading} from '../../content-scripts/extract-page.js';
import type {ChangeRecord} from '../core/history/diff-observations.js';
import type {Audit} from '../core/model/audit.js';
import type {FieldId} from '../core/model/fields.js';
import type {ReminderEvery} from '../core/scan/reminder.js';
import type {ScanRecord} from '../core/scan/scan-history.js';
import type {ScanState} from '../core/scan/scan-state.js';
import type {StoreProblem} from './storage.js';
import type {AudienceProfile} from '../core/model/severity.js';
import type {Answers} from '../core/questions/answers.js';
import {parseMessage, type Message} from '../core/protocol/parse-message.js';
import type {ReviewAction, ReviewStore} from '../core/review/review-action.js';

/**
 * How far a supported site's tab got: a reading's status, "reading" while an audited page is awaited,
 * or "not-audited" on one of the site's other pages (then pageKind is '').
 */
export type TabStatus = PageReading['status'] | 'reading' | 'not-audited';

/** What the popup knows about the tab it was opened on. Kept in session storage only. */
export type TabState = {site: string; pageKind: string; status: TabStatus; at: number};

/** The sites and pages Overshare can read, for the popup's "open these pages" guidance (page titles: the UI language's catalog). */
export type SiteCatalog = Array<{id: string; name: string; pages: Array<{pageKind: string; url: string; reachedByClick?: true}>}>;

/** What "Show me" asks of the page: the fields whose control to point at, and the steps to show. */
export type ShowMeRequest = {fields: FieldId[]; steps: string[]};

/** Why a page sample was not saved: no page kind of a supported site, or a reading other than "read". */
export type CaptureRefusal = 'not-a-page' | Exclude<PageReading['status'], 'read'>;

/**
 * popup → the active tab's content script (tabs.sendMessage, never the background): save a page
 * sample of the page as it is now (README "Contribute a page sample"). The reply is the redacted
 * sample, or why none was made.
 */
export type CaptureReply = {ok: true; html: string; fileName: string} | {ok: false; reason: CaptureRefusal};

/** Every message: payload in, reply out. */
export type Protocol = {
	// content script → background
	/** The reply is the "Show me" request waiting for this page, if the user pressed it (taken once). */
	reportPage(payload: PageReading): ShowMeRequest | undefined;
	/** Where a supported site's tab is before (or instead of) a reading: so the popup never guesses. */
	notePage(payload: {site: string; pageKind: string; status: 'reading' | 'not-audited'}): void;
	// popup → background
	getState(payload: {tabId?: number}): {
		audit: Audit | undefined; tab: TabState | undefined; catalog: SiteCatalog; profile: AudienceProfile;
		/** Recent changes between two readings of the same page, newest first. */
		changes: ChangeRecord[];
		storeProblem: StoreProblem | undefined;
		/** The running "Scan all", or the last one to end in this browser session. */
		scan: ScanState | undefined;
		/** Past scans, newest first (the few the popup shows). */
		scans: ScanRecord[];
		reminder: ReminderEvery;
		/** The user's answers to guided questions about their apps, and which apps they use. */
		answers: Answers;
		/** "Review together": the review in progress and the last agreement. */
		review: ReviewStore;
	};
	/** Opens the page that fixes one site's finding and asks its content script to point at the control. */
	showMe(payload: {site: string; ruleId: string; role?: string; steps: string[]}): void;
	startScan(payload: Record<string, never>): void;
	cancelScan(payload: Record<string, never>): void;
	setReminder(payload: {every: ReminderEvery}): void;
	setProfile(payload: {profile: AudienceProfile}): void;
	forgetEverything(payload: Record<string, never>): void;
	forgetSite(payload: {site: string}): void;
	// popup → background: guided questions about settings only the apps show
	answerQuestion(payload: {question: string; answer: string}): void;
	clearAnswer(payload: {question: string}): void;
	setAppUse(payload: {platform: string; uses: boolean | null}): void;
	// review page → background: one step of "Review together", and deleting all it keeps
	review(payload: ReviewAction): void;
	deleteReview(payload: Record<string, never>): void;
};

export type MessageName = keyof Protocol;
export type Payload<N extends MessageName> = Parameters<Protocol[N]>[0];
export type Reply<N extends MessageName> = ReturnType<Protocol[N]>;
type Handlers = {[N in MessageName]: (payload: Payload<N>, sender: browser.Runtime.MessageSender) => Reply<N> | Promise<Reply<N>>};

/** Content scripts run inside the social sites' pages: they may only report what they read. */
const fromContentScripts = new Set<MessageName>(['reportPage', 'notePage']);

/**
 * Is this sender allowed to send this message? Content scripts may only report, and only from a top
 * frame. An extension page open in a tab (the popup as a page, the report) also has a `tab`, so
 * "from a content script" means: from a tab, at a URL outside the extension.
 */
export function isAllowedSender(message: Message, sender: browser.Runtime.MessageSender, extensionId: string, extensionBase: string): boolean {
	if (sender.id !== extensionId) {
		return false;
	}

	const fromPage = sender.tab !== undefined && !(sender.url ?? '').startsWith(extensionBase);
	if (!fromPage) {
		return !fromContentScripts.has(message.name);
	}

	return fromContentScripts.has(message.name) && sender.frameId === 0;
}

/** One handler per message (a missing one is a type error); malformed or unauthorised messages get no answer. */
export function handleMessages(handlers: Handlers): void {
	browser.runtime.onMessage.addListener((raw: unknown, sender: browser.Runtime.MessageSender) => {
		const message = parseMessage(raw, sender.url);
		if (!message || !isAllowedSender(message, sender, browser.runtime.id, browser.runtime.getURL(''))) {
			return undefined;
		}

		const handler = handlers[message.name] as (payload: unknown, sender: browser.Runtime.MessageSender) => unknown;
		return Promise.resolve(handler(message.payload, sender));
	});
}
