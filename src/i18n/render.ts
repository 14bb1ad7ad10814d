import type {Audience} from '../core/model/audience.js';
import type {FieldId} from '../core/model/fields.js';
import type {MessageRef, MessageValue, MessageValues} from '../core/model/message.js';
import type {Catalog, QuestionTexts, RuleTexts, Template} from './catalog.js';
import type {UnknownReason} from '../core/model/observed.js';
import {tagOf} from './languages.js';

// Words a message reference in one language. Pure: the catalog is a parameter, and what comes out is
// text, to be inserted as text only (values may come from storage, site names included).

/** A key of a table, own keys only: ids come from storage, and "constructor" is not a rule. */
const own = <T>(table: Readonly<Record<string, T>> | undefined, key: string): T | undefined =>
	(table !== undefined && Object.hasOwn(table, key) ? table[key] : undefined);

/** Names joined the language's way: "Facebook and X and LinkedIn", "Facebook, X y LinkedIn". */
export function listOf(catalog: Catalog, names: readonly string[]): string {
	return names.length < 2 ? names.join('') : `${names.slice(0, -1).join(catalog.list.between)}${catalog.list.last}${names.at(-1)!}`;
}

/** One slot's words; undefined when the value is missing or of a kind the catalog cannot word. */
function word(catalog: Catalog, value: MessageValue | undefined, form: string | undefined): string | undefined {
	if (value === undefined) {
		return undefined;
	}

	if ('audience' in value) {
		return own(own(catalog.audiences, form ?? 'name'), value.audience);
	}

	if ('count' in value) {
		return new Intl.NumberFormat(tagOf(catalog.language)).format(value.count);
	}

	if ('sites' in value) {
		return listOf(catalog, value.sites.map(site => site.name));
	}

	if ('site' in value) {
		return value.name;
	}

	if ('month' in value) {
		return monthName(catalog, value.month);
	}

	return 'reason' in value ? own(catalog.reasons, value.reason) : own(catalog.fields, value.field);
}

/** "2019-03" as the language writes a month ("Mar 2019", "mar 2019"); anything else is not worded. */
function monthName(catalog: Catalog, month: string): string | undefined {
	const match = /^(\d{4})-(\d\d)$/.exec(month);
	const time = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, 15) : Number.NaN;
	return Number.isNaN(time) ? undefined : new Intl.DateTimeFormat(tagOf(catalog.language), {year: 'numeric', month: 'short', timeZone: 'UTC'}).format(time);
}

/** The form of a counted template for the number in its count slot. */
function pick(catalog: Catalog, template: Template, values: MessageValues): string {
	if (typeof template === 'string') {
		return template;
	}

	const value = own(values, template.count);
	const category = new Intl.PluralRules(tagOf(catalog.language)).select(value && 'count' in value ? value.count : Number.NaN);
	return (category === 'other' ? undefined : template[category]) ?? template.other;
}

/** A template with its slots filled. A slot without a value stays as written: a test catches it, a user never gets HTML. */
export function fill(catalog: Catalog, template: Template, values: MessageValues = {}): string {
	return pick(catalog, template, values).replace(/\{(\w+)(?::(\w+))?\}/g, (slot, name: string, form?: string) =>
		word(catalog, own(values, name), form) ?? slot);
}

/** A rule's texts, one-site or across accounts. */
export const ruleTexts = (catalog: Catalog, ruleId: string): RuleTexts | undefined => own(catalog.rules, ruleId);

/** The template a reference names: a rule's exposure or ok text, or a global message. */
export function templateOf(catalog: Catalog, ref: Pick<MessageRef, 'rule' | 'id'>): Template | undefined {
	if (ref.rule === undefined) {
		return own(catalog.messages, ref.id);
	}

	const rule = ruleTexts(catalog, ref.rule);
	return ref.id === 'ok' ? rule?.ok : own(rule?.exposures, ref.id);
}

/** A message in words; its id when the catalog has no such message (an audit stored by another version). */
export function renderMessage(catalog: Catalog, ref: MessageRef): string {
	const template = templateOf(catalog, ref);
	return template === undefined ? ref.id : fill(catalog, template, ref.values);
}

export const ruleTitle = (catalog: Catalog, ruleId: string): string => ruleTexts(catalog, ruleId)?.title ?? ruleId;
export const ruleWhy = (catalog: Catalog, ruleId: string): string => ruleTexts(catalog, ruleId)?.why ?? '';

/** Why something could not be checked, as the end of "Couldn't check: …". */
export const reasonName = (catalog: Catalog, reason: UnknownReason): string => own(catalog.reasons, reason) ?? reason;
export const fieldName = (catalog: Catalog, field: FieldId): string => own(catalog.fields, field) ?? field;
export const audienceName = (catalog: Catalog, audience: Audience): string => own(catalog.audiences.name, audience) ?? audience;
/** A choice read from a page in words; a value the catalog does not know stays as it is. */
export const choiceName = (catalog: Catalog, choice: string): string => own<string>(catalog.choices, choice) ?? choice;

/** A page of a site by its kind. */
export const pageTitle = (catalog: Catalog, site: string, pageKind: string): string => own(own(catalog.sites, site)?.pages, pageKind) ?? pageKind;

/** Where a fix or a check happens (src/core/model/audit.ts Place): a page, the site's privacy checkup, or its phone app. */
export function placeTitle(catalog: Catalog, place: {site: string; siteName: string; page: string}): string {
	if (place.page === 'checkup') {
		return own(catalog.sites, place.site)?.checkup ?? place.siteName;
	}

	const inApp = own(catalog.messages, 'in-app');
	if (place.page === 'app') {
		return inApp === undefined ? place.siteName : fill(catalog, inApp, {app: {site: place.site, name: place.siteName}});
	}

	return pageTitle(catalog, place.site, place.page);
}

/** The steps of a fix: the named rule's steps for that site; none for a fix without (the checkup fallback). */
export const fixSteps = (catalog: Catalog, fix: {site: string; stepsOf?: string}): readonly string[] =>
	(fix.stepsOf === undefined ? [] : own(ruleTexts(catalog, fix.stepsOf)?.steps, fix.site) ?? []);

/** A guided question's words; its id and option ids where the catalog has none. */
export function questionTexts(catalog: Catalog, question: {id: string; options: ReadonlyArray<{id: string}>}): QuestionTexts {
	const texts = own(catalog.questions, question.id);
	return {
		path: texts?.path ?? [],
		ask: texts?.ask ?? question.id,
		options: Object.fromEntries(question.options.map(option => [option.id, own(texts?.options, option.id) ?? option.id])),
		defaults: texts?.defaults ?? {adult: '', teen: ''},
	};
}
