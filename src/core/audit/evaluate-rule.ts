import {showsField} from './page-fields.js';
import type {Finding} from '../model/audit.js';
import type {FieldId, Observations} from '../model/fields.js';
import {reasonText} from '../model/reasons.js';
import type {AudienceProfile} from '../model/severity.js';
import {isReported, type Observed} from '../model/observed.js';
import {questionFor} from '../questions/index.js';
import {inApp, type ContextValues, type KnownValues, type Rule} from '../rules/define-rule.js';
import {readableFields, type AuditedSite} from './merge-observations.js';

/**
 * One rule against one site's merged observations. Returns undefined when the site cannot show
 * what the rule reads (the rule does not apply there) or the rule is not for this profile (teen-only
 * rules). Any unknown input makes the finding unknown: unknown is never folded into ok. A
 * conversation prompt (SUP) is returned only when it is raised. `asked`: the fields of the guided
 * questions that apply.
 */
export function evaluateRule(rule: Rule, site: AuditedSite, observations: Observations, profile: AudienceProfile, asked: ReadonlySet<FieldId> = new Set()): Finding | undefined {
	// What the pages show, plus what the user is asked about in the app (`asked`).
	const readable = new Set([...readableFields(site), ...asked]);
	if (!rule.reads.every(field => readable.has(field)) || (rule.profiles && !rule.profiles.includes(profile))) {
		return undefined;
	}

	const base = {
		ruleId: rule.id,
		site: site.id,
		severity: rule.severity[profile],
		title: rule.title,
		why: rule.why,
		fix: fixFor(rule, site),
		...(rule.prompt ? {prompt: true as const} : {}),
	};

	const missing = rule.reads.flatMap(field => {
		const observed = observations[field];
		return observed?.state === 'known' ? [] : [{field, reason: observed?.reason ?? 'page-not-visited' as const}];
	});
	// A conversation prompt is raised only when it can be said: never "couldn't check", never "ok".
	if (rule.prompt && missing.length > 0) {
		return undefined;
	}

	if (missing.length > 0) {
		const question = missing.filter(({field}) => asked.has(field)).map(({field}) => questionFor(site.id, field)).find(found => found !== undefined);
		return {
			...base, status: 'unknown', exposure: `Couldn't check: ${reasonText[missing[0]!.reason].toLowerCase()}.`, missing,
			check: pageShowing(site, missing[0]!.field, base.fix), ...(question ? {question: question.id} : {}),
		};
	}

	// The verdict rests on the user's word for any field they reported: say so, with the newest date.
	const reportedAt = rule.reads.map(field => observations[field] as Observed<unknown> | undefined).filter(isReported).map(observed => observed.reportedAt);
	const source = reportedAt.length > 0 ? {reported: {at: Math.max(...reportedAt)}} : {};

	const values = Object.fromEntries(rule.reads.map(field => [field, observations[field]])) as KnownValues<readonly FieldId[]>;
	const context = Object.fromEntries((rule.context ?? [])
		.filter(field => observations[field]?.state === 'known')
		.map(field => [field, observations[field]])) as ContextValues;
	const judgement = rule.judge(values, context);
	if (!judgement.risky) {
		return rule.prompt ? undefined : {...base, ...source, status: 'ok', exposure: rule.okText};
	}

	return {
		...base, ...source, status: 'risk', severity: (judgement.severity ?? rule.severity)[profile], exposure: judgement.exposure,
		...(judgement.reach ? {reach: judgement.reach} : {}),
	};
}

/** The page that shows a field: the fix page if it does, else the first page kind that does. */
export function pageShowing(site: AuditedSite, field: FieldId, fix: Finding['fix']): Finding['check'] {
	const fixPage = Object.values(site.pages).find(page => page.url === fix.url);
	const page = showsField(fixPage, field) ? fixPage : Object.values(site.pages).find(candidate => showsField(candidate, field));
	return page ? {url: page.url, page: page.title} : {url: fix.url, page: fix.page};
}

export function fixFor(rule: Pick<Rule, 'fixes'>, site: AuditedSite): Finding['fix'] {
	const fix = rule.fixes[site.id];
	if (fix?.page === inApp) {
		return {url: '', page: `the ${site.name} app`, steps: [...fix.steps]};
	}

	const page = fix ? site.pages[fix.page] : undefined;
	if (!fix || !page) {
		return {url: site.checkupUrl, page: `${site.name} Privacy Checkup`, steps: []};
	}

	return {url: page.url, page: page.title, steps: [...fix.steps]};
}
