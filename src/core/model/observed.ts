import type {Audience} from './audience.js';

/** Why a field could not be read. Every reason means "couldn't check", never "safe". */
export type UnknownReason =
	| 'element-missing'        // the control or row was not on the page: layout changed, or not loaded
	| 'unrecognized-value'     // found it, but its value is not one we know
	| 'language-unsupported'   // the page is in a UI language we have no label table for
	| 'page-not-visited'       // set when merging: no page that shows this field has been seen
	| 'not-own-profile'        // the page belongs to someone else: we read nothing
	| 'account-unconfirmed'    // a settings page that did not show who is signed in: we read nothing
	| 'logged-out'             // nobody is signed in: we read nothing
	| 'page-not-ready'         // the page did not finish rendering in time
	| 'not-answered'           // app-only setting: its guided question has no answer yet
	| 'not-sure'               // app-only setting: the user answered "I'm not sure"
	| 'not-in-download'        // a data download without the file that would tell (not chosen when it was asked for)
	| 'file-damaged'           // the download's file is cut short or is not the JSON/CSV it should be
	| 'format-unknown'         // the download's file is a version Overshare does not know
	| 'file-too-large';        // the download's file is over the size (or packing ratio) Overshare reads

/**
 * Where a known value came from: read from a page (no marker), or reported by the user answering a
 * guided question about a setting only the phone app shows (`source: 'reported'`, with the date).
 */
export type Reported = {readonly source: 'reported'; readonly reportedAt: number};

/** A field as read from a page. `unknown` is an answer, never a default. */
export type Known<T> = {readonly state: 'known'; readonly value: T; readonly audience?: Audience; readonly source?: 'reported'; readonly reportedAt?: number};
export type Unknown = {readonly state: 'unknown'; readonly reason: UnknownReason};
export type Observed<T> = Known<T> | Unknown;

export const known = <T>(value: T, audience?: Audience): Known<T> =>
	audience === undefined ? {state: 'known', value} : {state: 'known', value, audience};

export const unknown = (reason: UnknownReason): Unknown => ({state: 'unknown', reason});

/** A value the user reported (answer to a guided question), dated. Pages can never send this marker. */
export const reported = <T>(value: T, reportedAt: number): Known<T> & Reported => ({state: 'known', value, source: 'reported', reportedAt});

export const isReported = <T>(observed: Observed<T> | undefined): observed is Known<T> & Reported =>
	observed?.state === 'known' && observed.source === 'reported' && typeof observed.reportedAt === 'number';

export const isKnown = <T>(observed: Observed<T> | undefined): observed is Known<T> => observed?.state === 'known';

/** The reasons a page reading may carry (the question reasons are set by the engine, never by a page). */
export const unknownReasons: readonly UnknownReason[] = [
	'element-missing', 'unrecognized-value', 'language-unsupported', 'page-not-visited',
	'not-own-profile', 'account-unconfirmed', 'logged-out', 'page-not-ready',
];

/** The reasons a data download's finding may carry (src/core/exports/check-export.ts), never a page's. */
export const exportReasons: readonly UnknownReason[] = ['not-in-download', 'file-damaged', 'format-unknown', 'file-too-large'];
