import type {Audience} from './audience.js';

/** Why a field could not be read. Every reason means "couldn't check", never "safe". */
export type UnknownReason =
	| 'element-missing'        // the control or row was not on the page: layout changed, or not loaded
	| 'unrecognized-value'     // found it, but its value is not one we know
	| 'language-unsupported'   // the page is in a UI language we have no label table for
	| 'page-not-visited'       // set when merging: no page that shows this field has been seen
	| 'not-own-profile'        // the page belongs to someone else: we read nothing
	| 'logged-out'             // nobody is signed in: we read nothing
	| 'page-not-ready';        // the page did not finish rendering in time

/** A field as read from a page. `unknown` is an answer, never a default. */
export type Known<T> = {readonly state: 'known'; readonly value: T; readonly audience?: Audience};
export type Unknown = {readonly state: 'unknown'; readonly reason: UnknownReason};
export type Observed<T> = Known<T> | Unknown;

export const known = <T>(value: T, audience?: Audience): Known<T> =>
	audience === undefined ? {state: 'known', value} : {state: 'known', value, audience};

export const unknown = (reason: UnknownReason): Unknown => ({state: 'unknown', reason});

export const isKnown = <T>(observed: Observed<T> | undefined): observed is Known<T> => observed?.state === 'known';

export const unknownReasons: readonly UnknownReason[] = [
	'element-missing', 'unrecognized-value', 'language-unsupported', 'page-not-visited',
	'not-own-profile', 'logged-out', 'page-not-ready',
];
