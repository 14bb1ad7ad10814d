import type {Audience} from '../core/model/audience.js';
import type {FieldId, MessageRequestChoice, TaggingChoice} from '../core/model/fields.js';
import type {UnknownReason} from '../core/model/observed.js';

/**
 * A sentence with slots: `{name}`, or `{name:form}` for an audience in one of the language's forms
 * (`audiences`). A counted sentence gives its plural forms, chosen by the number in slot `count`.
 */
export type Template = string | Plural;
export type Plural = {readonly count: string; readonly other: string} & {readonly [form in Exclude<Intl.LDMLPluralRule, 'other'>]?: string};

/** One rule's texts (src/core/rules/<id>.ts, or a rule across accounts in src/core/rules/across/). */
export type RuleTexts = {
	/** The checklist line, phrased as the risk. */
	readonly title: string;
	/** One sentence: why it matters, with the source of any figure. */
	readonly why: string;
	/** What the user sees when it is fine. */
	readonly ok: string;
	/** What is exposed and to whom, by the message ids the rule's `judge` returns. */
	readonly exposures: Readonly<Record<string, Template>>;
	/** Fix steps, per site the rule has a fix for. A rule across accounts has none: each site's part shows its one-site rule's. */
	readonly steps: Readonly<Record<string, readonly string[]>>;
};

export type SiteTexts = {
	/** The platform's own privacy checkup, the fallback "Fix it" page. */
	readonly checkup: string;
	/** Page titles by page kind. */
	readonly pages: Readonly<Record<string, string>>;
	/** For a page no address opens by itself (`reachedByClick`): the label of the link to click to it. */
	readonly clicks?: Readonly<Record<string, string>>;
};

/** One guided question (src/core/questions): the app's own words, as the app shows them in this language. */
export type QuestionTexts = {
	/** Taps from the app's home screen to the setting. */
	readonly path: readonly string[];
	readonly ask: string;
	/** Option labels by option id. */
	readonly options: Readonly<Record<string, string>>;
	/** The platform's defaults for new accounts. */
	readonly defaults: {readonly adult: string; readonly teen: string};
};

/** The engine's messages that belong to no rule. */
export type GlobalMessage =
	/** A finding that could not be checked: {reason}. */
	| 'couldnt-check'
	/** A finding across accounts that could not be checked on one site: {site}, {reason}. */
	| 'couldnt-check-on'
	/** Where a fix made in a phone app is made: {app}. */
	| 'in-app'
	/** A data download: a file that is not a zip that can be opened. */
	| 'download-not-a-zip'
	/** A data download: a zip, folder or file that is not one of the platforms' downloads. */
	| 'download-not-recognised'
	/** A data download: an archive listing more files than any download does. */
	| 'download-too-many-files'
	/** A data download whose reading failed part-way for another reason (a picked file moved or changed on disk). */
	| 'download-unreadable';

/**
 * Everything the engine says, in one language: src/i18n/<lang>/index.ts. The engine and the stored
 * audit hold ids and values only; this turns them into words (src/i18n/render.ts).
 */
export type Catalog = {
	/** A BCP 47 tag: plural rules and list formats. */
	readonly language: string;
	/** One-site rules and rules across accounts, by id. */
	readonly rules: Readonly<Record<string, RuleTexts>>;
	readonly messages: Readonly<Record<GlobalMessage, Template>>;
	readonly fields: Readonly<Record<FieldId, string>>;
	/**
	 * Audience names by form: `name` ("Friends of friends") is the plain one; a language adds the forms
	 * its sentences need ("Anyone" as a subject in English, "los amigos de tus amigos" after "visible para").
	 */
	readonly audiences: {readonly name: Readonly<Record<Audience, string>>} & Readonly<Record<string, Readonly<Record<Audience, string>>>>;
	/** Choices read from pages that are not audiences (who may tag you, send message requests…). */
	readonly choices: Readonly<Record<TaggingChoice | MessageRequestChoice, string>>;
	/** Why something could not be checked, as the end of "Couldn't check: …". */
	readonly reasons: Readonly<Record<UnknownReason, string>>;
	/** A list of names: joined by `between`, the last by `last` ("Facebook, X y LinkedIn"). */
	readonly list: {readonly between: string; readonly last: string};
	readonly sites: Readonly<Record<string, SiteTexts>>;
	readonly questions: Readonly<Record<string, QuestionTexts>>;
};
