import type {ChangeRecord} from '../history/diff-observations.js';
import type {Audit} from '../model/audit.js';
import type {LabelTable} from '../labels/label-table.js';
import type {PageReading} from '../model/page-reading.js';
import type {AudienceProfile} from '../model/severity.js';
import type {SiteCatalog} from '../model/site-catalog.js';
import type {ManagedPolicy} from '../model/managed-policy.js';
import type {StoreProblem} from '../model/store-problem.js';
import type {Answers} from '../questions/answers.js';
import type {ReviewAction, ReviewStore} from '../review/review-action.js';
import type {ReminderEvery} from '../scan/reminder-due.js';
import type {ScanRecord} from '../scan/scan-history.js';
import type {ScanState} from '../scan/scan-state.js';
import type {ShowMePress, ShowMeRequest} from './show-me-request.js';
import type {TabState} from './tab-state.js';

/** Everything the popup and the review page show, in one reply (`getState`). */
export type BackgroundState = {
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
	/** Sites (ids) whose access the user withdrew in the browser: nothing there can be read until it is given back. */
	withoutAccess: string[];
	/** What an organisation set for this browser (audience, reminder, sites off): shown as set by it. */
	managed: ManagedPolicy;
};

/**
 * Every message to the background worker: payload in, reply out. The single source: the message
 * union, the handlers' type and the parsers' type are all derived from it (parse-message.ts).
 */
export type Protocol = {
	// content script → background
	/** The reply is the "Show me" request waiting for this page, if the user pressed it (taken once). */
	reportPage(payload: PageReading): ShowMeRequest | undefined;
	/** Where a supported site's tab is before (or instead of) a reading: so the popup never guesses. */
	notePage(payload: {site: string; pageKind: string; status: 'reading' | 'not-audited'}): void;
	/** The site's label table for a UI language it is read in besides English (src/core/labels), if there is one. */
	labelTable(payload: {site: string; language: string}): LabelTable | undefined;
	// popup → background
	getState(payload: {tabId?: number}): BackgroundState;
	/** Opens the page that fixes one site's finding and asks its content script to point at the control. */
	showMe(payload: ShowMePress): void;
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

/** One message as it travels: `{name, payload}` for each name of the protocol. */
export type Message = {[N in MessageName]: {name: N; payload: Payload<N>}}[MessageName];

/** Who sent a message, as the browser says (the parts the checks use). */
export type Sender = {id?: string; url?: string; frameId?: number; tab?: {id?: number}};

/** One handler per message: a missing one is a type error. */
export type Handlers = {[N in MessageName]: (payload: Payload<N>, sender: Sender) => Reply<N> | Promise<Reply<N>>};
