import type {FieldId, Fields} from '../model/fields.js';
import type {MessageValues} from '../model/message.js';
import type {Known} from '../model/observed.js';
import type {Audience} from '../model/audience.js';
import type {AudienceProfile, Severities} from '../model/severity.js';

import type {RuleFamily} from '../model/rule-family.js';

export type {RuleFamily} from '../model/rule-family.js';

/** Each read field, known, with its value and audience. */
export type KnownValues<R extends readonly FieldId[]> = {readonly [F in R[number]]: Known<Fields[F]>};

/** Optional fields that refine a verdict; present only when known. They never make a risk "ok". */
export type ContextValues = {readonly [F in FieldId]?: Known<Fields[F]>};

/**
 * What is exposed, as one of the rule's own message ids (its texts are in each language's catalog,
 * src/i18n/<lang>/) with the values its slots need: never a sentence.
 */
export type Exposure = {id: string; values?: MessageValues};

/** `reach`: who sees the exposed detail, when the rule knows; it ranks the fixes (score.ts). */
export type Judgement = {risky: false} | {risky: true; exposure: Exposure; severity?: Severities; reach?: Audience};


/** Where a site's fix is made. Its steps are words: in each language's catalog, by rule and site. */
export type SiteFix = {
	/** The page kind whose URL is the "Fix it" link, or `inApp` for a setting only the app shows. */
	page: string;
	/** When the page and steps were last checked against the reference facts, and how sure. */
	confirmed: string;
	confidence: 'H' | 'M' | 'L';
};

export type Rule<R extends readonly FieldId[] = readonly FieldId[]> = {
	/** Equals the file name. */
	id: string;
	/** The risks-and-settings.md (c) rule this implements, e.g. "BD-01". */
	ref: string;
	family: RuleFamily;
	reads: R;
	context?: readonly FieldId[];
	severity: Severities;
	/** Called only when every field in `reads` is known. Its title, why and ok text are in the catalogs, by its id. */
	judge: (values: KnownValues<R>, context: ContextValues) => Judgement;
	fixes: Readonly<Record<string, SiteFix>>;
	/** Only for these audience profiles (teen-only rules); every profile when absent. */
	profiles?: readonly AudienceProfile[];
	/** A conversation prompt (SUP rules): listed for the teen and parent, never scored or counted. */
	prompt?: true;
	/** Run by test/rules.test.ts: each risky example must be judged risky, each ok one not. */
	examples: {risky: ReadonlyArray<KnownValues<R>>; ok: ReadonlyArray<KnownValues<R>>};
};

/** Checks a rule against the fields it reads, then erases that detail so every rule fits one list. */
export const defineRule = <const R extends readonly FieldId[]>(rule: Rule<R>): Rule => rule as unknown as Rule;

export const ok: Judgement = {risky: false};

/** A risk: the rule's message `id` with its `values`; a severity other than the rule's, and who sees it, when known. */
export const risk = (id: string, {values, severity, reach}: {values?: MessageValues; severity?: Severities; reach?: Audience} = {}): Judgement =>
	({risky: true, exposure: {id, ...(values ? {values} : {})}, ...(severity ? {severity} : {}), ...(reach ? {reach} : {})});

/** A risk whose message says who sees it (`{audience}`), ranked by that audience. */
export const riskTo = (id: string, audience: Audience, severity?: Severities): Judgement =>
	risk(id, {values: {audience: {audience}}, reach: audience, ...(severity ? {severity} : {})});
