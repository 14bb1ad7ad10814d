import type {Audience} from '../core/model/audience.js';
import type {FieldId, MessageRequestChoice, TaggingChoice} from '../core/model/fields.js';
import type {UnknownReason} from '../core/model/observed.js';

/**
 * One rule's texts in another language. The English source stays in the rule file
 * (src/core/rules/<id>.ts); test/i18n-catalog.test.ts fails when a rule has no entry here.
 */
export type RuleText = {
	title: string;
	why: string;
	okText: string;
	/**
	 * Each English exposure sentence the rule can say → its translation. In the English key,
	 * {audience} stands for an audience name ("Public"), {who} for an audience as a subject
	 * ("Anyone"), {count} for a number. The translation may use {audience} (the audience after
	 * "visible to"), {audienceName} (its bare name) and {count}.
	 */
	exposures: Readonly<Record<string, string>>;
	/** The fix steps, per site the rule has a fix for, one for one with the English steps. */
	steps: Readonly<Record<string, readonly string[]>>;
};

export type SiteText = {
	/** The platform's privacy checkup, the fallback "Fix it" page. */
	checkup: string;
	/** Page titles by page kind (content-scripts/sites/<id>/index.ts `pages`). */
	pages: Readonly<Record<string, string>>;
};

/**
 * One rule across accounts (src/core/rules/across/<id>.ts) in another language. Its exposure keys may
 * also use {site} and {otherSite} (a site's name) and {sites} (site names joined by " and "); the
 * translation may use those, and {whoName} (the {who} audience's bare name). test/i18n-across.test.ts
 * fails when a rule across accounts has no entry.
 */
export type CrossRuleText = Omit<RuleText, 'steps'> & {
	/** Per role a site plays (the keys of the rule's `fixes`): the one-site rule whose Spanish steps that part shows. */
	parts: Readonly<Record<string, string>>;
};

/** One guided question (src/core/questions) in another language, keyed like the English one. */
export type QuestionText = {
	/** The in-app path, one for one with the English path. */
	path: readonly string[];
	ask: string;
	/** Option labels by option id, as the app shows them in that language. */
	options: Readonly<Record<string, string>>;
	defaults: {adult: string; teen: string};
};

/** Everything the popup shows that comes from the engine rather than from _locales. */
export type TextCatalog = {
	rules: Readonly<Record<string, RuleText>>;
	fields: Readonly<Record<FieldId, string>>;
	/** Audience names, as in "shown to Friends". */
	audienceNames: Readonly<Record<Audience, string>>;
	/** An audience after "visible to" in an exposure sentence. */
	audienceIn: Readonly<Record<Audience, string>>;
	choices: Readonly<Record<TaggingChoice | MessageRequestChoice, string>>;
	reasons: Readonly<Record<UnknownReason, string>>;
	/** "Couldn't check: {reason}." */
	couldntCheck: string;
	sites: Readonly<Record<string, SiteText>>;
	/** Rules across accounts, by id. */
	across: Readonly<Record<string, CrossRuleText>>;
	/** "Couldn't check on {site}: {reason}." (a finding across accounts). */
	couldntCheckOn: string;
	/** The word joining the last two items of a list ("Facebook, X and LinkedIn"). */
	and: string;
	/** Guided questions by id (test/i18n-catalog.test.ts fails when one is missing). */
	questions: Readonly<Record<string, QuestionText>>;
	/** Where an app-only fix is made: "the {app} app". */
	inApp: string;
};
