import fc from 'fast-check';
import {expect, test} from 'vitest';
import {sites} from '../src/core/sites/index.js';
import {buildAudit} from '../src/core/audit/build-audit.js';
import {fixOrder, riskOf, startHere} from '../src/core/audit/score.js';
import {audiences, type Audience} from '../src/core/model/audience.js';
import type {Finding} from '../src/core/model/audit.js';
import {known} from '../src/core/model/observed.js';
import {severities, type Severity} from '../src/core/model/severity.js';
import {rules} from '../src/core/rules/index.js';

// risks-and-settings.md (d) 2: rank fixes by sensitivity × visibility, the biggest risk reduction first.
const at = (url: string, severity: Severity, ruleId: string, reach?: Audience, site = 'facebook'): Finding => ({
	ruleId, site, status: 'risk', severity, exposure: {rule: ruleId, id: 'risk'}, fix: {site, siteName: site, url, page: url}, ...(reach ? {reach} : {}),
});

test('with equal severity, what more people see comes first', () => {
	expect(startHere([at('a', 'high', 'friends-only', 'friends'), at('b', 'high', 'public', 'public')])?.ruleId).toBe('public');
	expect(riskOf(at('a', 'high', 'x', 'friends'))).toBeLessThan(riskOf(at('a', 'high', 'x', 'friends-of-friends')));
});

test('one page that removes several risks comes before a bigger single risk elsewhere', () => {
	const order = fixOrder([at('single', 'critical', 'c'), at('page', 'high', 'h1'), at('page', 'high', 'h2'), at('page', 'medium', 'm')]);
	expect(order.map(fix => fix.url)).toEqual(['page', 'single']);
	expect(order[0]!.findings.map(finding => finding.ruleId)).toEqual(['h1', 'h2', 'm']);
	expect(startHere([at('single', 'critical', 'c'), at('page', 'high', 'h1'), at('page', 'high', 'h2'), at('page', 'medium', 'm')])?.ruleId).toBe('h1');
});

test('a finding across accounts counts towards the fix of each site involved', () => {
	const across: Finding = {
		...at('', 'high', 'birthdate-across-sites', 'public', 'across'),
		involves: [{site: 'facebook', siteName: 'Facebook', fix: {site: 'facebook', siteName: 'Facebook', url: 'fb', page: 'fb'}}, {site: 'x', siteName: 'X', fix: {site: 'x', siteName: 'X', url: 'x', page: 'x'}}],
	};
	const order = fixOrder([across, at('x', 'low', 'low-on-x', 'public', 'x'), at('other', 'high', 'other')]);
	expect(order[0]).toMatchObject({site: 'x', url: 'x'});
	expect(order.find(fix => fix.url === 'fb')?.findings).toEqual([across]);
});

test('ok, unknown and prompt findings are never where to start', () => {
	const base = at('a', 'critical', 'r');
	expect(startHere([{...base, status: 'ok'}, {...base, status: 'unknown'}, {...base, prompt: true}])).toBeUndefined();
});

test('property: the first fix removes at least as much risk as any other, and start here is one of its findings', () => {
	const findingArb = fc.record({
		url: fc.constantFrom('a', 'b', 'c', 'd'), severity: fc.constantFrom(...severities), reach: fc.constantFrom(...audiences.filter(audience => audience !== 'only-me')),
	});
	fc.assert(fc.property(fc.array(findingArb, {minLength: 1, maxLength: 12}), list => {
		const findings = list.map((entry, index) => at(entry.url, entry.severity, `r${index}`, entry.reach));
		const order = fixOrder(findings);
		const first = startHere(findings);
		const total = findings.reduce((sum, finding) => sum + riskOf(finding), 0);
		if (total === 0) {
			return first === undefined;
		}

		return order.every(fix => fix.risk <= order[0]!.risk) && order[0]!.findings.includes(first!)
			&& Math.abs(order.reduce((sum, fix) => sum + fix.risk, 0) - total) < 1e-9;
	}));
});

test('in a real audit, start here is on the page whose fix removes the most', () => {
	const audit = buildAudit(sites, {facebook: [
		{pageKind: 'about-contact-and-basic-info', readAt: 1, observations: {
			birthdayDayMonth: known('shown', 'public'), birthdayYear: known('shown', 'public'), phone: known('shown', 'friends'),
			address: known('not-set'), email: known('not-set'),
		}},
		{pageKind: 'about-places', readAt: 1, observations: {hometown: known('shown', 'public'), currentCity: known('not-set')}},
		{pageKind: 'settings-posts', readAt: 1, observations: {futurePostsAudience: known('public')}},
	]}, rules, 'adult', 0);
	// The birthday page fixes the full birthdate and the birthdate-and-hometown combination (critical).
	expect(audit.startHere).toEqual({site: 'facebook', ruleId: 'birthdate-and-hometown'});
});
