import {describe, expect, test} from 'vitest';
import type {Audit, Finding} from '../src/core/model/audit.js';
import {parseReviewState} from '../src/core/review/parse-review-state.js';
import {back, checkInEvery, checkInRange, decide, finish, maxReasonLength, nextCheckInFor, reviewItems, startReview, type ReviewState} from '../src/core/review/review-state.js';
import {talkLaterStillAtRisk} from '../src/core/review/since-last-review.js';
import {teenDefault, teenDefaultKeys} from '../src/core/review/teen-defaults.js';
import {rules} from '../src/core/rules/index.js';

const finding = (site: string, ruleId: string, status: Finding['status'], severity: Finding['severity']): Finding => ({
	ruleId, site, status, severity, exposure: {rule: ruleId, id: status}, fix: {site, siteName: site, url: '', page: 'checkup'},
});
const audit = (findings: Finding[]): Audit => ({
	sites: [...new Set(findings.map(item => item.site))].map(site => ({
		site, siteName: site, findings: findings.filter(item => item.site === site), pagesRead: [], pagesToVisit: [],
		score: {value: 50, grade: 'C', checked: 1, total: 1},
	})),
	counts: {risk: 0, unknown: 0, ok: 0}, urgent: 0, score: {value: 50, grade: 'C', checked: 1, total: 1}, profile: 'teen13', updatedAt: 0,
});
const teenAudit = audit([
	finding('instagram', 'public-account', 'risk', 'high'),
	finding('instagram', 'account-suggestions-on', 'risk', 'medium'),
	finding('x', 'geotag-posts', 'risk', 'critical'),
	finding('x', 'posts-unprotected', 'ok', 'high'),
	finding('facebook', 'phone-visible', 'risk', 'critical'),
]);
/** What the review page does after every step: store it, and read it back on the next start. */
const restart = (state: ReviewState) => parseReviewState(JSON.parse(JSON.stringify(state)));

describe('review together, as a state machine', () => {
	test('starts on the teen\'s accounts only, findings at risk, the most severe first', () => {
		expect(reviewItems(teenAudit, ['instagram', 'x'])).toEqual([
			{site: 'x', ruleId: 'geotag-posts'}, {site: 'instagram', ruleId: 'public-account'}, {site: 'instagram', ruleId: 'account-suggestions-on'},
		]);
	});

	test('each kind of decision, a browser restart in the middle, then the stage and the next check-in', () => {
		let state = startReview(teenAudit, 'teen13', ['instagram', 'x'], 1000);
		state = decide(state, {kind: 'fix-now'}, 1001);
		// Closed and reopened: the review carries on at the second finding.
		state = restart(state)!;
		expect(state).toMatchObject({phase: 'reviewing', index: 1});
		state = decide(state, {kind: 'keep', reason: '  It is my art account and I want people to find it  '}, 1002);
		state = decide(state, {kind: 'talk-later'}, 1003);
		expect(state.phase).toBe('choosing-stage');
		state = finish(restart(state)!, 'learner', 2000, teenAudit);
		expect(state).toMatchObject({phase: 'finished', stage: 'learner', nextCheckIn: 2000 + checkInEvery.learner});
		expect(state.decided.map(item => [item.ruleId, item.decision])).toEqual([
			['geotag-posts', {kind: 'fix-now'}],
			['public-account', {kind: 'keep', reason: 'It is my art account and I want people to find it'}],
			['account-suggestions-on', {kind: 'talk-later'}],
		]);
	});

	test('"keep" needs a short reason; going back changes a decision instead of adding one', () => {
		let state = startReview(teenAudit, 'teen16', ['x', 'facebook'], 0);
		expect(decide(state, {kind: 'keep', reason: '   '}, 1)).toBe(state);
		expect(decide(state, {kind: 'keep', reason: 'x'.repeat(maxReasonLength + 1)}, 1)).toBe(state);
		state = decide(state, {kind: 'talk-later'}, 1);
		state = decide(back(state), {kind: 'fix-now'}, 2);
		expect(state.decided).toEqual([expect.objectContaining({ruleId: 'geotag-posts', decision: {kind: 'fix-now'}})]);
		expect(state).toMatchObject({phase: 'reviewing', index: 1});
	});

	test('the next review starts with what was left for later', () => {
		let first = startReview(teenAudit, 'teen13', ['instagram', 'x'], 0);
		for (const decision of [{kind: 'fix-now'}, {kind: 'fix-now'}, {kind: 'talk-later'}] as const) {
			first = decide(first, decision, 1);
		}

		const second = startReview(teenAudit, 'teen13', ['instagram', 'x'], 10, finish(first, 'licence', 5, teenAudit));
		expect(second).toMatchObject({phase: 'reviewing', items: [{site: 'instagram', ruleId: 'account-suggestions-on'}, {site: 'x', ruleId: 'geotag-posts'}, {site: 'instagram', ruleId: 'public-account'}]});
	});

	test('nothing at risk goes straight to choosing the stage', () => {
		expect(startReview(audit([finding('x', 'posts-unprotected', 'ok', 'high')]), 'teen13', ['x'], 0).phase).toBe('choosing-stage');
	});

	test.each([
		['not an object', 'review'],
		['an unknown phase', {phase: 'driving', startedAt: 0, band: 'teen13', accounts: [], decided: []}],
		['an index past the end', {phase: 'reviewing', startedAt: 0, band: 'teen13', accounts: ['x'], items: [{site: 'x', ruleId: 'a'}], index: 1, decided: []}],
		['a "keep" without its reason', {phase: 'choosing-stage', startedAt: 0, band: 'teen16', accounts: [], decided: [{site: 'x', ruleId: 'a', at: 1, decision: {kind: 'keep'}}]}],
		['an adult band', {phase: 'choosing-stage', startedAt: 0, band: 'adult', accounts: [], decided: []}],
		['without its accounts', {phase: 'choosing-stage', startedAt: 0, band: 'teen13', decided: []}],
		['a finished review without its check-in', {phase: 'finished', startedAt: 0, finishedAt: 1, band: 'teen13', accounts: [], decided: [], stage: 'learner', snapshot: []}],
		['a finished review without its snapshot', {phase: 'finished', startedAt: 0, finishedAt: 1, band: 'teen13', accounts: [], decided: [], stage: 'learner', nextCheckIn: 2}],
		['a malformed "since last review"', {phase: 'choosing-stage', startedAt: 0, band: 'teen13', accounts: [], decided: [], since: {lastAt: 1, appeared: 'x'}}],
	])('a stored review that is %s is not resumed', (_, raw) => {
		expect(parseReviewState(raw)).toBeUndefined();
	});

	test('a second review opens on what changed: new risks after the ones left for later; fixed ones are listed, not reviewed', () => {
		let first = startReview(teenAudit, 'teen13', ['instagram', 'x', 'facebook'], 0);
		for (const decision of [{kind: 'fix-now'}, {kind: 'fix-now'}, {kind: 'talk-later'}, {kind: 'keep', reason: 'mine'}] as const) {
			first = decide(first, decision, 1);
		}

		const done = restart(finish(first, 'learner', 5, teenAudit))!;
		// Since then: geotagging was fixed, X's posts went public, a Facebook page could not be read again.
		const later = audit([
			finding('instagram', 'public-account', 'risk', 'high'),
			finding('instagram', 'account-suggestions-on', 'risk', 'medium'),
			finding('x', 'geotag-posts', 'ok', 'critical'),
			finding('x', 'posts-unprotected', 'risk', 'high'),
			finding('facebook', 'phone-visible', 'unknown', 'critical'),
		]);
		const second = startReview(later, 'teen13', ['instagram', 'x', 'facebook'], 10, done);
		expect(second.since).toEqual({
			lastAt: 5,
			appeared: [{site: 'x', ruleId: 'posts-unprotected'}],
			fixed: [{site: 'x', ruleId: 'geotag-posts'}],
			talkLater: [{site: 'instagram', ruleId: 'public-account'}],
		});
		// Left for later first, then what is new; the phone that could not be read again is not reviewed.
		expect(second).toMatchObject({phase: 'reviewing', items: [
			{site: 'instagram', ruleId: 'public-account'}, {site: 'x', ruleId: 'posts-unprotected'}, {site: 'instagram', ruleId: 'account-suggestions-on'},
		]});
	});

	test('what was left for later and has been fixed since is neither promised nor reviewed again', () => {
		let first = startReview(teenAudit, 'teen13', ['instagram', 'x', 'facebook'], 0);
		for (const decision of [{kind: 'talk-later'}, {kind: 'talk-later'}, {kind: 'talk-later'}, {kind: 'talk-later'}] as const) {
			first = decide(first, decision, 1);
		}

		const done = restart(finish(first, 'learner', 5, teenAudit))!;
		expect(done.phase === 'finished' && done.decided.length).toBe(4);
		// Since then the teen fixed every one of them but the public account.
		const later = audit([
			finding('instagram', 'public-account', 'risk', 'high'),
			finding('instagram', 'account-suggestions-on', 'ok', 'medium'),
			finding('x', 'geotag-posts', 'ok', 'critical'),
			finding('facebook', 'phone-visible', 'ok', 'critical'),
		]);
		expect(talkLaterStillAtRisk(done.phase === 'finished' ? done.decided : [], later, ['instagram', 'x', 'facebook'])).toEqual([{site: 'instagram', ruleId: 'public-account'}]);
		const second = startReview(later, 'teen13', ['instagram', 'x', 'facebook'], 10, done);
		expect(second.since?.talkLater).toEqual([{site: 'instagram', ruleId: 'public-account'}]);
		expect(second).toMatchObject({phase: 'reviewing', items: [{site: 'instagram', ruleId: 'public-account'}]});
	});

	test('a conversation prompt left for later comes up again while it still applies, and not once it no longer does', () => {
		const prompt = (site: string, ruleId: string, status: Finding['status']): Finding => ({...finding(site, ruleId, status, 'medium'), prompt: true});
		const decided = [
			{site: 'instagram', ruleId: 'talk-about-dms', decision: {kind: 'talk-later'}},
			{site: 'x', ruleId: 'talk-about-location', decision: {kind: 'talk-later'}},
		];
		// Instagram went private, so its prompt no longer applies; X's still does.
		const later = audit([prompt('instagram', 'talk-about-dms', 'ok'), prompt('x', 'talk-about-location', 'risk')]);
		expect(talkLaterStillAtRisk(decided, later, ['instagram', 'x'])).toEqual([{site: 'x', ruleId: 'talk-about-location'}]);
	});

	test('the next check-in is the stage\'s default unless they picked a date from an hour to a year away', () => {
		const now = 1_000_000_000_000;
		expect(nextCheckInFor('licence', now)).toBe(now + checkInEvery.licence);
		expect(nextCheckInFor('learner', now, now + checkInRange.min)).toBe(now + checkInRange.min);
		expect(nextCheckInFor('learner', now, now + 60_000)).toBe(now + checkInEvery.learner);
		expect(nextCheckInFor('learner', now, now + checkInRange.max + 1)).toBe(now + checkInEvery.learner);
	});
});

describe('the platforms\' teen defaults shown in the review', () => {
	test('each names a rule that exists and has a fix on that site', () => {
		for (const key of teenDefaultKeys) {
			const [site, ruleId] = key.split('/') as [string, string];
			expect(rules.find(rule => rule.id === ruleId)?.fixes[site], key).toBeDefined();
			expect(teenDefault(site, ruleId, 'teen13'), key).toMatch(/\w/);
		}
	});
});
