import type {RuleFamily} from './rule-family.js';
import type {Audience} from './audience.js';
import type {FieldId} from './fields.js';
import type {MessageRef} from './message.js';
import type {UnknownReason} from './observed.js';
import type {AudienceProfile, Severity} from './severity.js';

export type Status = 'risk' | 'unknown' | 'ok';

/** The `page` of a place that is the site's own privacy checkup (the fallback when no page fixes it). */
export const checkupPage = 'checkup';
/** The `page` of a place in the phone app, where no web page can be linked (`url` is ''). */
export const inApp = 'app';

/**
 * Where the user goes to fix or check something: a page kind of the site, its privacy checkup, or
 * its phone app. Words come at display time: the page's title in the UI language (src/i18n/render.ts).
 */
export type Place = {site: string; siteName: string; page: string; url: string};

/** A place to fix something, and the rule whose steps (for that site) say how; none for the checkup fallback. */
export type FixPlace = Place & {stepsOf?: string};

/**
 * One checklist line: a rule judged against one site's merged observations. It holds ids and
 * values, never sentences: its title, why and steps are the rule's, in the catalog of the UI language.
 */
export type Finding = {
	ruleId: string;
	site: string;
	status: Status;
	/** Severity of the risk; for unknown and ok items, the severity the risk would have. */
	severity: Severity;
	/**
	 * What is exposed and to whom (a message of the rule, with its values: "your birth year … Public"),
	 * the rule's ok text, or "couldn't check" with its reason. Never a personal value.
	 */
	exposure: MessageRef;
	/** For unknown items: which fields could not be read and why. */
	missing?: Array<{field: FieldId; reason: UnknownReason}>;
	fix: FixPlace;
	/** For unknown items: the page that would answer them (may differ from the fix page). */
	check?: Place;
	/** Who sees it, when the rule says: ranks fixes by sensitivity × visibility (score.ts). */
	reach?: Audience;
	/** Findings across accounts (site "across"): every site involved, each with its own fix. */
	involves?: SitePart[];
	/** The rule's risk family, so a page can name it without loading the rule catalog (the review page). */
	family?: RuleFamily;
	/** A conversation prompt for a teen and a parent (SUP rules): listed, never scored or counted. */
	prompt?: true;
	/** Set when the verdict rests on an answer the user gave (a guided question), dated by the newest such answer. */
	reported?: {at: number};
	/** For unknown items only the app shows: the guided question that would answer them. */
	question?: string;
};

/** One site's part in a finding across accounts: its fix, or (unknown) what could not be read there. */
export type SitePart = {
	site: string;
	siteName: string;
	/** At risk: the role this site plays (a key of the rule's `fixes`); names the fix it shows. */
	role?: string;
	fix: FixPlace;
	missing?: Array<{field: FieldId; reason: UnknownReason}>;
	check?: Place;
};

/** The pseudo-site of findings that combine what several accounts show. */
export const acrossSites = 'across';

export type Grade = 'A' | 'B' | 'C' | 'D' | 'F';

/**
 * A 0–100 score over the checks that could be made, with a letter grade, and the coverage beside
 * it (`checked` of `total`). Null while nothing could be checked.
 */
export type Score = {value: number | null; grade: Grade | null; checked: number; total: number};

/** What the popup shows for a site. */
export type SiteAudit = {
	site: string;
	siteName: string;
	findings: Finding[];
	/** Page kinds seen, with when they were last read. */
	pagesRead: Array<{pageKind: string; readAt: number}>;
	/** Page kinds that would fill the unknown items, with their deep links. */
	pagesToVisit: Array<{pageKind: string; url: string}>;
	score: Score;
};

export type Audit = {
	sites: SiteAudit[];
	/** Findings that combine several sites (an audit stored by an older version has none). */
	across?: Finding[];
	counts: Record<Status, number>;
	/** Findings at risk with high or critical severity: the toolbar badge. */
	urgent: number;
	/** Over every site's findings. */
	score: Score;
	/** The open risk to fix first, if any. */
	startHere?: {site: string; ruleId: string};
	/** Whose severities were used: an adult's, or a teen's of 13–15 or 16–17. */
	profile: AudienceProfile;
	updatedAt: number;
};
