import {describe, expect, test} from 'vitest';
import {pageFields} from '../src/core/audit/page-fields.js';
import {siteById, sites} from '../src/core/sites/index.js';
import facebook from '../src/core/sites/facebook.js';
import {auditedSite, auditSite, buildAudit} from '../src/core/audit/build-audit.js';
import {evaluateRule} from '../src/core/audit/evaluate-rule.js';
import {mergeObservations, type PageRecord} from '../src/core/audit/merge-observations.js';
import {fieldIds} from '../src/core/model/fields.js';
import {known, unknown} from '../src/core/model/observed.js';
import {questions} from '../src/core/questions/index.js';
import {rules} from '../src/core/rules/index.js';
import birthdateVisible from '../src/core/rules/birthdate-visible.js';
import findableByPhone from '../src/core/rules/findable-by-phone.js';

const record = (pageKind: string, readAt: number, observations: PageRecord['observations']): PageRecord => ({pageKind, readAt, observations});

describe('merging pages', () => {
	test('a field no visited page shows is unknown: page not visited', () => {
		const merged = mergeObservations(facebook, []);
		expect(merged.futurePostsAudience).toEqual(unknown('page-not-visited'));
	});

	test('the newest known reading wins over an older one from another page kind', () => {
		const merged = mergeObservations(facebook, [
			record('about-contact-and-basic-info', 1, {birthdayYear: known('shown', 'public')}),
			record('about-basic-info', 2, {birthdayYear: known('shown', 'only-me')}),
		]);
		expect(merged.birthdayYear).toEqual(known('shown', 'only-me'));
	});

	test('a known reading is kept over a newer unknown one from another page kind', () => {
		const merged = mergeObservations(facebook, [
			record('about-basic-info', 1, {birthdayYear: known('shown', 'public')}),
			record('about-contact-and-basic-info', 2, {birthdayYear: unknown('element-missing')}),
		]);
		expect(merged.birthdayYear).toEqual(known('shown', 'public'));
	});

	test('a page kind that stops showing a field yields its unknown reason', () => {
		const merged = mergeObservations(facebook, [record('settings-posts', 2, {futurePostsAudience: unknown('element-missing')})]);
		expect(merged.futurePostsAudience).toEqual(unknown('element-missing'));
	});

	test('observations a page kind does not declare are ignored', () => {
		const merged = mergeObservations(facebook, [record('settings-posts', 1, {phone: known('shown', 'public')})]);
		expect(merged.phone).toEqual(unknown('page-not-visited'));
	});
});

describe('unknown is never safe', () => {
	test('every rule with any unknown input is "unknown", whatever the reason', () => {
		for (const rule of rules.filter(rule => !rule.prompt)) {
			for (const reason of ['element-missing', 'unrecognized-value', 'language-unsupported', 'page-not-visited'] as const) {
				for (const field of rule.reads) {
					const observations = Object.fromEntries(rule.reads.map(read => [read, read === field ? unknown(reason) : rule.examples.ok[0]![read]]));
					// Each rule against a site it applies to: the first site it has a fix for.
					// (An app known only through guided questions counts as a site whose questions ask about the fields.)
					const finding = evaluateRule(rule, auditedSite(sites, Object.keys(rule.fixes)[0]!)!, observations, rule.profiles?.[0] ?? 'adult', new Set(rule.reads));
					expect(finding?.status, `${rule.id} with ${field} ${reason}`).toBe('unknown');
					expect(finding?.missing).toEqual([{field, reason}]);
				}
			}
		}
	});

	test('an empty audit has no ok item and counts nothing as ok', () => {
		const audit = buildAudit(sites, {facebook: [record('settings-posts', 1, {futurePostsAudience: unknown('element-missing')})]}, rules);
		expect(audit.counts.ok).toBe(0);
		expect(audit.counts.risk).toBe(0);
		expect(audit.counts.unknown).toBe(audit.sites[0]!.findings.length);
	});

	test('context can lower a risk but never turn it into ok', () => {
		const lowered = evaluateRule(findableByPhone, facebook, {lookupByPhoneAudience: known('public'), phoneOnAccount: known(false)}, 'adult');
		expect(lowered).toMatchObject({status: 'risk', severity: 'low'});
		const full = evaluateRule(findableByPhone, facebook, {lookupByPhoneAudience: known('public'), phoneOnAccount: unknown('page-not-visited')}, 'adult');
		expect(full).toMatchObject({status: 'risk', severity: 'medium'});
	});
});

describe('building the audit', () => {
	const risky = [
		record('about-contact-and-basic-info', 1, {
			birthdayDayMonth: known('shown', 'public'), birthdayYear: known('shown', 'public'),
			address: known('not-set'), phone: known('shown', 'only-me'), email: known('shown', 'friends'),
		}),
	];

	test('findings are ordered risk → unknown → ok, and by severity within a status', () => {
		const {findings} = auditSite(facebook, risky, rules, 'adult');
		const order = {risk: 0, unknown: 1, ok: 2};
		const statuses = findings.map(finding => order[finding.status]);
		expect(statuses).toEqual([...statuses].sort((a, b) => a - b));
		expect(findings.map(finding => finding.ruleId)).toContain('birthdate-visible');
	});

	test('teen profiles use teen severities', () => {
		const adult = auditSite(facebook, risky, rules, 'adult').findings.find(finding => finding.ruleId === 'birthdate-visible');
		const teen = auditSite(facebook, risky, rules, 'teen13').findings.find(finding => finding.ruleId === 'birthdate-visible');
		expect([adult?.severity, teen?.severity]).toEqual(['high', 'critical']);
	});

	test('the badge count is the high-or-worse risks', () => {
		const audit = buildAudit(sites, {facebook: risky}, rules);
		const urgent = audit.sites[0]!.findings.filter(finding => finding.status === 'risk' && ['high', 'critical'].includes(finding.severity));
		expect(audit.urgent).toBe(urgent.length);
		expect(audit.urgent).toBeGreaterThan(0);
	});

	test('unknown findings point at the pages that would answer them', () => {
		const audit = auditSite(facebook, risky, rules, 'adult');
		expect(audit.pagesToVisit.map(page => page.pageKind)).toContain('settings-find-and-contact');
		expect(audit.pagesToVisit.map(page => page.pageKind)).not.toContain('about-contact-and-basic-info');
	});

	test('a site never visited is not in the audit', () => {
		expect(buildAudit(sites, {}, rules).sites).toEqual([]);
	});

	test('a rule whose fields the site cannot show does not apply there', () => {
		const site = {...facebook, pages: {'settings-posts': facebook.pages['settings-posts']!}};
		expect(evaluateRule(birthdateVisible, site, {}, 'adult')).toBeUndefined();
	});

	test('every field can be read by some site (or asked about by a guided question) and is used by some rule', () => {
		const extracted = new Set([...sites.flatMap(site => Object.values(site.pages).flatMap(pageFields)), ...questions.map(question => question.field)]);
		const used = new Set(rules.flatMap(rule => [...rule.reads, ...(rule.context ?? [])]));
		expect(fieldIds.filter(field => !extracted.has(field))).toEqual([]);
		expect(fieldIds.filter(field => !used.has(field))).toEqual([]);
	});
});

test('an unknown finding links to the page that would answer it', () => {
	const audit = auditSite(facebook, [record('about-contact-and-basic-info', 1, {
		birthdayDayMonth: known('shown', 'public'), birthdayYear: known('shown', 'public'),
	})], rules, 'adult');
	const combination = audit.findings.find(finding => finding.ruleId === 'birthdate-and-hometown');
	expect(combination?.status).toBe('unknown');
	expect(combination?.check?.url).toBe(facebook.pages['about-places']!.url);
	const posts = audit.findings.find(finding => finding.ruleId === 'future-posts-public');
	expect(posts?.check?.url).toBe(posts?.fix.url);
});
