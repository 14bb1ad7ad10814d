import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import {sites} from '../src/core/sites/index.js';
import facebook from '../src/core/sites/facebook.js';
import {auditedSite, buildAudit} from '../src/core/audit/build-audit.js';
import {evaluateRule} from '../src/core/audit/evaluate-rule.js';
import type {PageRecord} from '../src/core/audit/merge-observations.js';
import {scoreFindings, startHere} from '../src/core/audit/score.js';
import {audiences, isAtLeast, type Audience} from '../src/core/model/audience.js';
import type {Finding} from '../src/core/model/audit.js';
import {isFieldId, isValidValue} from '../src/core/model/fields.js';
import {known, unknown, unknownReasons} from '../src/core/model/observed.js';
import {severityRank, type Severity} from '../src/core/model/severity.js';
import {rules} from '../src/core/rules/index.js';

const finding = (status: Finding['status'], severity: Severity, ruleId = `${status}-${severity}`): Finding => ({
	ruleId, site: 'facebook', status, severity, exposure: {rule: ruleId, id: status}, fix: {site: 'facebook', siteName: 'Facebook', url: '', page: 'checkup'},
});

describe('score', () => {
	test('100 minus the penalties of open risks, graded, with coverage', () => {
		expect(scoreFindings([finding('risk', 'high'), finding('risk', 'medium'), finding('ok', 'high'), finding('unknown', 'low')]))
			.toEqual({value: 85, grade: 'B', checked: 3, total: 4});
	});

	test('an open critical finding caps the grade at D', () => {
		expect(scoreFindings([finding('risk', 'critical'), finding('ok', 'low')])).toMatchObject({value: 80, grade: 'D'});
	});

	test('nothing checked: no grade rather than a perfect one', () => {
		expect(scoreFindings([finding('unknown', 'high')])).toEqual({value: null, grade: null, checked: 0, total: 1});
	});

	test('unknowns change coverage only', () => {
		const base = [finding('risk', 'high'), finding('ok', 'low')];
		const withUnknowns = [...base, finding('unknown', 'critical', 'u1'), finding('unknown', 'high', 'u2')];
		expect(scoreFindings(withUnknowns)).toMatchObject({value: scoreFindings(base).value, grade: scoreFindings(base).grade, total: 4});
	});

	test('start here is the open risk whose fix removes the most', () => {
		expect(startHere([finding('ok', 'critical'), finding('risk', 'medium', 'a'), finding('risk', 'high', 'b'), finding('risk', 'high', 'c')])?.ruleId).toBe('b');
		expect(startHere([finding('ok', 'high')])).toBeUndefined();
	});
});

// Property tests over every rule, with observations drawn from each field's possible values.
/** A field whose values are audiences (an app's own "Everyone / Friends" choice is not one). */
const isAudienceField = (field: string) => isFieldId(field) && audiences.every(audience => isValidValue(field, audience));
const audienceArb = fc.constantFrom(...audiences);
const detailArb = fc.oneof(audienceArb.map(audience => known('shown' as const, audience)), fc.constant(known('not-set' as const)));
const valueFor = (rule: (typeof rules)[number], field: string) => {
	const sample = rule.examples.ok[0]![field as keyof (typeof rule.examples.ok)[0]] as {value: unknown};
	if (sample.value === 'shown' || sample.value === 'not-set') {
		return detailArb;
	}

	if (typeof sample.value === 'boolean') {
		return fc.boolean().map(value => known(value));
	}

	if (typeof sample.value === 'number') {
		return fc.nat(40).map(value => known(value));
	}

	if (!isAudienceField(field)) {
		// A site's own choice (X photo tagging, message requests): the values its examples use.
		const values = [...rule.examples.risky, ...rule.examples.ok].map(example => (example[field as keyof typeof example] as {value: unknown}).value);
		return fc.constantFrom(...new Set(values)).map(value => known(value));
	}

	return audienceArb.map(value => known(value));
};

/** The site a rule is evaluated on: the first it has a fix for (an app known only through questions counts). */
const siteOf = (rule: (typeof rules)[number]) => auditedSite(sites, Object.keys(rule.fixes)[0]!)!;
/** Every field a rule reads counts as shown, whether by a page or by a guided question. */
const askedFor = (rule: (typeof rules)[number]) => new Set(rule.reads);
/** A profile the rule is shown for (teen-only rules are not shown to adults). */
const profileOf = (rule: (typeof rules)[number]) => rule.profiles?.[0] ?? 'adult';

const observationsFor = (rule: (typeof rules)[number]) =>
	fc.record(Object.fromEntries(rule.reads.map(field => [field, valueFor(rule, field)])));

describe('properties', () => {
	test.each(rules.map(rule => [rule.id, rule] as const))('%s: an unknown input never yields ok', (_, rule) => {
		fc.assert(fc.property(observationsFor(rule), fc.constantFrom(...rule.reads), fc.constantFrom(...unknownReasons), (observations, field, reason) => {
			const result = evaluateRule(rule, siteOf(rule), {...observations, [field]: unknown(reason)}, profileOf(rule), askedFor(rule));
			// A conversation prompt that cannot be said is left out, never shown as ok.
			return rule.prompt ? result === undefined : result?.status === 'unknown';
		}), {numRuns: 60});
	});

	test.each(rules.map(rule => [rule.id, rule] as const))('%s: widening an audience never lowers the severity', (_, rule) => {
		fc.assert(fc.property(observationsFor(rule), fc.constantFrom(...rule.reads), audienceArb, (observations, field, wider) => {
			const current = observations[field] as {value: unknown; audience?: Audience};
			const isDetail = current.value === 'shown';
			const isAudience = isAudienceField(field) && (audiences as readonly unknown[]).includes(current.value);
			if (!isDetail && !isAudience) {
				return true;
			}

			const before = isDetail ? current.audience! : current.value as Audience;
			if (!isAtLeast(wider, before)) {
				return true;
			}

			const widened = isDetail ? known('shown' as const, wider) : known(wider);
			const rank = (result: Finding | undefined) => (result?.status === 'risk' ? severityRank[result.severity] + 1 : 0);
			return rank(evaluateRule(rule, siteOf(rule), {...observations, [field]: widened}, profileOf(rule), askedFor(rule)))
				>= rank(evaluateRule(rule, siteOf(rule), observations, profileOf(rule), askedFor(rule)));
		}), {numRuns: 60});
	});

	test('fixing one finding never lowers the score', () => {
		const findingArb = fc.record({status: fc.constantFrom('risk', 'unknown', 'ok' as const), severity: fc.constantFrom<Severity>('critical', 'high', 'medium', 'low', 'info')});
		fc.assert(fc.property(fc.array(findingArb, {minLength: 1, maxLength: 20}), fc.nat(), (list, pick) => {
			const findings = list.map((entry, index) => finding(entry.status as Finding['status'], entry.severity, `r${index}`));
			const index = pick % findings.length;
			if (findings[index]!.status !== 'risk') {
				return true;
			}

			const fixed = findings.map((entry, position) => (position === index ? {...entry, status: 'ok' as const} : entry));
			return (scoreFindings(fixed).value ?? 0) >= (scoreFindings(findings).value ?? 0);
		}));
	});

	test('the audit does not depend on the order pages arrive in', () => {
		const records: PageRecord[] = [
			{pageKind: 'about-contact-and-basic-info', readAt: 1, observations: {birthdayDayMonth: known('shown', 'public'), birthdayYear: known('shown', 'friends')}},
			{pageKind: 'about-places', readAt: 2, observations: {currentCity: known('shown', 'public'), hometown: known('not-set')}},
			{pageKind: 'settings-posts', readAt: 3, observations: {futurePostsAudience: known('public')}},
			{pageKind: 'settings-find-and-contact', readAt: 4, observations: {lookupByPhoneAudience: known('friends'), friendsListAudience: unknown('element-missing')}},
		];
		const reference = buildAudit(sites, {facebook: records}, rules, 'adult', 0);
		fc.assert(fc.property(fc.shuffledSubarray(records, {minLength: records.length}), shuffled =>
			JSON.stringify(buildAudit(sites, {facebook: shuffled}, rules, 'adult', 0)) === JSON.stringify(reference)));
	});
});
