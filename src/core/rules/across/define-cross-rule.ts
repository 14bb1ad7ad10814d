import type {Audience} from '../../model/audience.js';
import type {FieldId, Observations} from '../../model/fields.js';
import type {Severities} from '../../model/severity.js';
import type {Exposure, Rule, RuleFamily} from '../define-rule.js';

/** One audited site as a rule across accounts sees it: its merged observations and what it can read. */
export type SiteView = {site: string; siteName: string; observations: Observations; readable: ReadonlySet<FieldId>};

/** A site's part in a risk, by the role it plays (e.g. "shows the number", "lets people look it up"). */
export type Part = {site: string; role: string};

/** `reach`: who can put the pieces together, when the rule knows; it ranks the fixes (score.ts). */
export type CrossJudgement = {risky: false} | {risky: true; exposure: Exposure; parts: readonly Part[]; severity?: Severities; reach?: Audience};

/**
 * A rule over several sites' observations together. It reads `reads` on every audited site that can
 * show any of them and applies when at least two such sites are audited. `judge` may call a risk
 * only from known values; when it finds none and any input is unknown, the engine says "couldn't
 * check" (unknown is never folded into ok).
 */
export type CrossRule = {
	/** Equals the file name. */
	id: string;
	/** The risks-and-settings.md (c) rules it extends. */
	ref: string;
	family: RuleFamily;
	reads: readonly FieldId[];
	severity: Severities;
	/** Its title, why, ok text and exposures are in the catalogs (src/i18n/<lang>/rules-across.ts), by its id. */
	judge: (views: readonly SiteView[]) => CrossJudgement;
	/**
	 * Per role, the one-site rule whose fix (page and steps) fixes that site's part. A site it has no
	 * fix for gets its privacy checkup.
	 */
	fixes: Readonly<Record<string, Pick<Rule, 'id' | 'fixes'>>>;
	/** Run by test/cross-site.test.ts, as views of made-up sites. */
	examples: {risky: ReadonlyArray<readonly SiteView[]>; ok: ReadonlyArray<readonly SiteView[]>};
};

export const defineCrossRule = (rule: CrossRule): CrossRule => rule;

/** Example helper: a site view with just these observations, able to read every field it is given. */
export const view = (site: string, observations: Observations): SiteView =>
	({site, siteName: site, observations, readable: new Set(Object.keys(observations) as FieldId[])});
