import {showsField} from './page-fields.js';
import {checkupPage, inApp, type Finding, type FixPlace, type Place} from '../model/audit.js';
import type {FieldId, Observations} from '../model/fields.js';
import type {AudienceProfile} from '../model/severity.js';
import {isReported, type Observed} from '../model/observed.js';
import {questionFor} from '../questions/index.js';
import type {ContextValues, KnownValues, Rule} from '../rules/define-rule.js';
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
		family: rule.family,
		severity: rule.severity[profile],
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
			...base, status: 'unknown', exposure: {id: 'couldnt-check', values: {reason: {reason: missing[0]!.reason}}}, missing,
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
		return rule.prompt ? undefined : {...base, ...source, status: 'ok', exposure: {rule: rule.id, id: 'ok'}};
	}

	return {
		...base, ...source, status: 'risk', severity: (judgement.severity ?? rule.severity)[profile], exposure: {rule: rule.id, ...judgement.exposure},
		...(judgement.reach ? {reach: judgement.reach} : {}),
	};
}

/** The page that shows a field: the fix page if it does, else the first page kind that does. */
export function pageShowing(site: AuditedSite, field: FieldId, fix: FixPlace): Place {
	const pages = Object.entries(site.pages);
	const fixPage = pages.find(([, page]) => page.url === fix.url);
	const [pageKind, page] = fixPage && showsField(fixPage[1], field) ? fixPage : pages.find(([, candidate]) => showsField(candidate, field)) ?? [];
	const {stepsOf: _steps, ...place} = fix;
	return pageKind && page ? {site: site.id, siteName: site.name, page: pageKind, url: page.url} : place;
}

/**
 * Where a rule's fix is made on a site, with the rule whose steps say how: its page, the phone app, or
 * (no fix there, or a page the site no longer has) the site's privacy checkup, without steps.
 */
export function fixFor(rule: Pick<Rule, 'id' | 'fixes'> | undefined, site: AuditedSite): FixPlace {
	const where = {site: site.id, siteName: site.name};
	const fix = rule?.fixes[site.id];
	if (rule && fix?.page === inApp) {
		return {...where, page: inApp, url: '', stepsOf: rule.id};
	}

	const page = fix ? site.pages[fix.page] : undefined;
	return rule && fix && page ? {...where, page: fix.page, url: page.url, stepsOf: rule.id} : {...where, page: checkupPage, url: site.checkupUrl};
}
