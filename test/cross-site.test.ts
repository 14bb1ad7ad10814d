import {readdirSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import {showsField} from '../src/core/audit/page-fields.js';
import {siteById, sites} from '../src/core/sites/index.js';
import {buildAudit} from '../src/core/audit/build-audit.js';
import type {PageRecord} from '../src/core/audit/merge-observations.js';
import {audiences} from '../src/core/model/audience.js';
import {known, unknown, unknownReasons} from '../src/core/model/observed.js';
import {crossRules} from '../src/core/rules/across/index.js';
import type {CrossRule} from '../src/core/rules/across/define-cross-rule.js';
import {rules} from '../src/core/rules/index.js';
import {catalog as en} from '../src/i18n/en/index.js';
import {fixSteps, renderMessage} from '../src/i18n/render.js';

const folder = join(dirname(fileURLToPath(import.meta.url)), '../src/core/rules/across');
const record = (pageKind: string, observations: PageRecord['observations'], readAt = 1): PageRecord => ({pageKind, readAt, observations});
const across = (records: Record<string, PageRecord[]>, profile: 'adult' | 'teen13' = 'adult') => buildAudit(sites, records, rules, profile, 0).across ?? [];
const acrossRule = (records: Record<string, PageRecord[]>, ruleId: string) => across(records).find(finding => finding.ruleId === ruleId);

describe.each(crossRules.map(rule => [rule.id, rule] as const))('%s', (_, rule: CrossRule) => {
	test('has risky and ok examples', () => {
		expect(rule.examples.risky.length).toBeGreaterThan(0);
		expect(rule.examples.ok.length).toBeGreaterThan(0);
	});

	test.each(rule.examples.risky.map((views, index) => [index, views] as const))('risky example %i names at least two sites', (_index, views) => {
		const judgement = rule.judge(views);
		expect(judgement.risky).toBe(true);
		expect(new Set(judgement.risky ? judgement.parts.map(part => part.site) : []).size).toBeGreaterThanOrEqual(2);
	});

	test.each(rule.examples.ok.map((views, index) => [index, views] as const))('ok example %i is judged ok', (_index, views) => {
		expect(rule.judge(views).risky).toBe(false);
	});

	test('each role is fixed by a one-site rule whose fix, on each of its sites, opens a page that shows what the rule reads', () => {
		expect(Object.keys(rule.fixes).length).toBeGreaterThan(0);
		for (const [role, fixer] of Object.entries(rule.fixes)) {
			expect(rules, role).toContain(fixer);
			expect(Object.keys(fixer.fixes).length, role).toBeGreaterThan(0);
			for (const [siteId, fix] of Object.entries(fixer.fixes)) {
				const page = siteById(siteId)?.pages[fix.page];
				expect(page, `${role}: ${siteId}/${fix.page}`).toBeDefined();
				expect(rule.reads.some(field => showsField(page, field)), `${role}: ${siteId}/${fix.page}`).toBe(true);
			}
		}
	});

	test('with two audited sites that can show what it reads, it gives a finding: couldn\'t check while nothing is read', () => {
		const showing = sites.flatMap(site => {
			const pageKind = Object.keys(site.pages).find(kind => rule.reads.some(field => showsField(site.pages[kind], field)));
			return pageKind ? [[site.id, [record(pageKind, {})]] as [string, PageRecord[]]] : [];
		}).slice(0, 2);
		expect(showing).toHaveLength(2);
		expect(acrossRule(Object.fromEntries(showing), rule.id)?.status).toBe('unknown');
	});
});

test('every file in src/core/rules/across is in the list, and each id is its file name', () => {
	const files = readdirSync(folder).filter(file => file.endsWith('.ts') && !['index.ts', 'define-cross-rule.ts'].includes(file));
	expect(crossRules.map(rule => `${rule.id}.ts`).sort()).toEqual(files.sort());
});

describe('findings across accounts', () => {
	const fbBirthday = (dayMonth: 'public' | 'only-me', year: 'public' | 'only-me') =>
		record('about-basic-info', {birthdayDayMonth: known('shown', dayMonth), birthdayYear: known('shown', year)});
	const xBirthday = (dayMonth: 'public' | 'only-me', year: 'public' | 'only-me') =>
		record('edit-profile', {birthdayDayMonth: known('shown', dayMonth), birthdayYear: known('shown', year)});

	test('day and month on one site and the year on another make a full birthdate, with each site\'s fix', () => {
		const finding = acrossRule({facebook: [fbBirthday('public', 'only-me')], x: [xBirthday('only-me', 'public')]}, 'birthdate-across-sites');
		expect(finding).toMatchObject({status: 'risk', site: 'across', severity: 'high'});
		expect(finding?.involves?.map(part => [part.site, part.fix.url])).toEqual([
			['facebook', siteById('facebook')!.pages['about-contact-and-basic-info']!.url],
			['x', siteById('x')!.pages['edit-profile']!.url],
		]);
		expect(finding?.involves?.every(part => fixSteps(en, part.fix).length > 0)).toBe(true);
	});

	test('a site whose part was not read makes it "couldn\'t check", naming that site, never ok', () => {
		const finding = acrossRule({facebook: [fbBirthday('public', 'only-me')], x: [record('settings-ads', {personalizedAds: known(false)})]}, 'birthdate-across-sites');
		expect(finding?.status).toBe('unknown');
		expect(finding?.involves?.map(part => part.site)).toEqual(['x']);
		expect(finding?.involves?.[0]?.check?.url).toBe(siteById('x')!.pages['edit-profile']!.url);
	});

	test('with one site audited there is nothing across accounts', () => {
		expect(across({facebook: [fbBirthday('public', 'public')]})).toEqual([]);
	});

	test('a phone number shown on Facebook while X lets people find you by it', () => {
		const finding = acrossRule({
			facebook: [record('about-contact-info', {phone: known('shown', 'public'), email: known('not-set'), address: known('not-set')})],
			x: [record('settings-contacts', {findableByPhone: known(true), findableByEmail: known(false)})],
		}, 'phone-shown-and-findable');
		expect(finding).toMatchObject({status: 'risk', severity: 'high'});
		expect(renderMessage(en, finding!.exposure)).toContain('Facebook');
		expect(renderMessage(en, finding!.exposure)).toContain('X');
		expect(finding?.involves?.map(part => part.fix.url)).toEqual([
			siteById('facebook')!.pages['about-contact-and-basic-info']!.url, siteById('x')!.pages['settings-contacts']!.url,
		]);
	});

	test('a phone number found in the X bio counts as shown on X', () => {
		const finding = acrossRule({
			facebook: [record('settings-find-and-contact', {lookupByPhoneAudience: known('public')})],
			x: [record('edit-profile', {bioPhone: known('shown', 'public')})],
		}, 'phone-shown-and-findable');
		expect(finding?.status).toBe('risk');
		expect(finding?.involves?.map(part => part.site)).toEqual(['x', 'facebook']);
	});

	test('findings across accounts count in the totals and the score', () => {
		const audit = buildAudit(sites, {facebook: [fbBirthday('public', 'only-me')], x: [xBirthday('only-me', 'public')]}, rules, 'adult', 0);
		const all = [...audit.sites.flatMap(site => site.findings), ...audit.across!];
		expect(audit.counts.risk).toBe(all.filter(finding => finding.status === 'risk').length);
		expect(audit.score.total).toBe(all.length);
	});

	test('property: an unknown input on any site never yields ok', () => {
		const detail = fc.oneof(fc.constantFrom(...audiences).map(audience => known('shown' as const, audience)), fc.constant(known('not-set' as const)));
		const unknownArb = fc.constantFrom(...unknownReasons).map(reason => unknown(reason));
		fc.assert(fc.property(detail, detail, detail, unknownArb, fc.boolean(), (a, b, c, missing, xMissing) => {
			const records = {
				facebook: [record('about-basic-info', {birthdayDayMonth: a, birthdayYear: xMissing ? b : missing})],
				x: [record('edit-profile', {birthdayDayMonth: c, birthdayYear: xMissing ? missing : b})],
			};
			const finding = acrossRule(records, 'birthdate-across-sites');
			return finding !== undefined && finding.status !== 'ok';
		}), {numRuns: 200});
	});
});
