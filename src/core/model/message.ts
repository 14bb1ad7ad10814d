import type {Audience} from './audience.js';
import type {FieldId} from './fields.js';
import type {UnknownReason} from './observed.js';

/** A site or app named in a message: its id, and its name (a brand: the same in every language). */
export type SiteName = {readonly site: string; readonly name: string};

/**
 * What fills one slot of a message, typed so that each language words it its own way: an audience
 * ("Public" / "cualquier persona (Público)"), a number (plural forms), sites, a reason, a field.
 */
export type MessageValue =
	| {readonly audience: Audience}
	| {readonly count: number}
	| SiteName
	| {readonly sites: readonly SiteName[]}
	| {readonly reason: UnknownReason}
	| {readonly field: FieldId}
	/** A month, "2019-03": a data download's span, worded "March 2019" / "marzo de 2019". */
	| {readonly month: string};

export type MessageValues = Readonly<Record<string, MessageValue>>;

/**
 * Something the engine says, as an id with typed values, never as a sentence: the same stored audit
 * reads in every language (src/i18n/render.ts words it at display time). With `rule`, the id is one
 * of that rule's own messages (its exposures, or 'ok'); without, a global one ('couldnt-check').
 */
export type MessageRef = {readonly rule?: string; readonly id: string; readonly values?: MessageValues};

export const audienceValue = (audience: Audience): MessageValue => ({audience});
export const countValue = (count: number): MessageValue => ({count});
export const monthValue = (month: string): MessageValue => ({month});
export const siteValue = (site: string, name: string): SiteName => ({site, name});
