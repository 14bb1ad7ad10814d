import {describe, expect, test} from 'vitest';
import {sites} from '../src/core/sites/index.js';
import instagram from '../src/core/sites/instagram.js';
import {buildAudit} from '../src/core/audit/build-audit.js';
import {mergeObservations} from '../src/core/audit/merge-observations.js';
import {fieldIds, isValidValue} from '../src/core/model/fields.js';
import {known, reported, unknown} from '../src/core/model/observed.js';
import {currentAnswers, reportedObservations, type Answers} from '../src/core/questions/answers.js';
import {noApp, notSure} from '../src/core/questions/define-question.js';
import {platformById, platforms, questions} from '../src/core/questions/index.js';
import {answerQuestion, clearAnswer, forgetPlatform, setAppUse} from '../src/core/questions/record-answer.js';
import {inApp} from '../src/core/model/audit.js';
import {catalog as en} from '../src/i18n/en/index.js';
import {fixSteps, placeTitle} from '../src/i18n/render.js';
import {rules} from '../src/core/rules/index.js';

const answers = (apps: Answers['apps'], given: Record<string, [string, number]> = {}): Answers =>
	({apps, answers: Object.fromEntries(Object.entries(given).map(([id, [answer, at]]) => [id, {answer, at}]))});

describe('the question catalog', () => {
	test.each(questions.map(question => [question.id, question] as const))('%s is well formed', (id, question) => {
		expect(id.startsWith(`${platforms.find(platform => platform.questions.includes(question))!.id}.`)).toBe(true);
		expect(fieldIds).toContain(question.field);
		// Its words are in the catalogs (src/i18n/<lang>/questions.ts); English is the source.
		const words = en.questions[id]!;
		expect(words.path.length).toBeGreaterThan(1);
		expect(words.ask).toMatch(/\?$/);
		expect(question.confirmed).toMatch(/^\d{4}-\d{2}$/);
		expect(words.defaults.adult.length * words.defaults.teen.length).toBeGreaterThan(0);
		// Every option stands for a valid value of the field, and every option is distinct.
		for (const option of question.options) {
			expect(isValidValue(question.field, option.value), `${id}/${option.id}`).toBe(true);
			expect([noApp, notSure]).not.toContain(option.id);
		}

		expect(new Set(question.options.map(option => option.id)).size).toBe(question.options.length);
		expect(new Set(question.options.map(option => JSON.stringify(option.value))).size).toBe(question.options.length);
		expect(question.options.length).toBeGreaterThan(1);
		// Some rule reads what the question asks.
		expect(rules.some(rule => rule.reads.includes(question.field))).toBe(true);
	});

	test('question ids are unique, and a platform asks about each field once', () => {
		expect(new Set(questions.map(question => question.id)).size).toBe(questions.length);
		for (const platform of platforms) {
			expect(new Set(platform.questions.map(question => question.field)).size).toBe(platform.questions.length);
		}
	});

	test('fields only an app shows are prefixed by the app, and every rule fixed in an app reads a question of it', () => {
		const appOnly = questions.filter(question => !sites.some(site => Object.values(site.pages).some(page => page.fields.includes(question.field))));
		expect(appOnly.every(question => /^[a-z]+App\./.test(question.field))).toBe(true);
		for (const rule of rules) {
			for (const [platform, fix] of Object.entries(rule.fixes).filter(([, fix]) => fix.page === inApp)) {
				expect(platformById(platform)?.questions.some(question => rule.reads.includes(question.field)), `${rule.id} in ${platform}`).toBe(true);
				expect(en.rules[rule.id]!.steps[platform]![1]).toContain(' › ');
			}
		}
	});
});

describe('answers become observations', () => {
	const snapchat = platformById('snapchat')!;

	test('an answer is a known value marked reported, dated; unanswered and "not sure" stay unknown, never ok', () => {
		const result = reportedObservations(snapchat, answers({snapchat: true}, {'snapchat.contact-me': ['everyone', 7], 'snapchat.quick-add': [notSure, 8]}))!;
		expect(result.observations['snapchatApp.contactMe']).toEqual(reported('everyone', 7));
		expect(result.observations['snapchatApp.quickAdd']).toEqual(unknown('not-sure'));
		expect(result.observations['snapchatApp.viewMyStory']).toEqual(unknown('not-answered'));
	});

	test('an app the user does not use, or never mentioned, is not asked about', () => {
		expect(reportedObservations(snapchat, answers({snapchat: false}, {'snapchat.contact-me': ['everyone', 7]}))).toBeUndefined();
		expect(reportedObservations(snapchat, answers({}))).toBeUndefined();
		expect(reportedObservations(snapchat, answers({}, {'snapchat.contact-me': [noApp, 7]}))).toBeUndefined();
	});

	test('"I don\'t have this app / account" drops that question\'s rule instead of guessing', () => {
		const audit = buildAudit(sites, {}, rules, 'adult', 0, answers({snapchat: true}, {'snapchat.ghost-mode': [noApp, 3]}));
		const ids = audit.sites.find(site => site.site === 'snapchat')!.findings.map(finding => finding.ruleId);
		expect(ids).not.toContain('snap-map-location');
		expect(ids).toContain('snapchat-contact-me-everyone');
	});

	test('an app the user uses but has not answered about: every finding is "couldn\'t check", linked to its question', () => {
		const audit = buildAudit(sites, {}, rules, 'teen13', 0, answers({venmo: true}));
		const venmo = audit.sites.find(site => site.site === 'venmo')!;
		expect(venmo.siteName).toBe('Venmo');
		expect(venmo.findings.map(finding => [finding.status, finding.missing?.[0]?.reason, finding.question])).toEqual([
			['unknown', 'not-answered', 'venmo.default-privacy'],
			['unknown', 'not-answered', 'venmo.friends-list'],
		]);
		expect(venmo.score).toMatchObject({value: null, checked: 0, total: 2});
		expect(audit.counts.ok).toBe(0);
	});

	test('answers are judged like readings, with teen severities, and say they were reported', () => {
		const audit = buildAudit(sites, {}, rules, 'teen13', 0, answers({tiktok: true}, {'tiktok.direct-messages': ['everyone', 42], 'tiktok.private-account': ['off', 40]}));
		const dms = audit.sites[0]!.findings.find(finding => finding.ruleId === 'tiktok-dms-from-everyone')!;
		expect(dms).toMatchObject({site: 'tiktok', status: 'risk', severity: 'critical', reported: {at: 42}});
		const fix = {url: dms.fix.url, page: placeTitle(en, dms.fix), steps: fixSteps(en, dms.fix)};
		expect(fix).toEqual({url: '', page: 'the TikTok app', steps: expect.arrayContaining(['Open the TikTok app.', 'Choose "Friends" or "No one".'])});
		expect(audit.urgent).toBeGreaterThan(0);
	});
});

describe('a page reading and an answer about the same setting (Instagram private account)', () => {
	const page = (readAt: number, observed: ReturnType<typeof known<boolean>> | ReturnType<typeof unknown>) => ({pageKind: 'account-privacy', readAt, observations: {accountPrivate: observed}});
	const asked = (value: boolean, at: number) => ({fields: new Set(['accountPrivate'] as const), observations: {accountPrivate: reported(value, at)}});

	test('a fresh page reading beats an older answer', () => {
		expect(mergeObservations(instagram, [page(10, known(false))], asked(true, 5)).accountPrivate).toEqual(known(false));
	});

	test('an answer given after the last reading beats it (the setting may have just been changed in the app)', () => {
		expect(mergeObservations(instagram, [page(10, known(false))], asked(true, 20)).accountPrivate).toEqual(reported(true, 20));
	});

	test('at the same moment the page wins', () => {
		expect(mergeObservations(instagram, [page(10, known(false))], asked(true, 10)).accountPrivate).toEqual(known(false));
	});

	test('an answer fills in for a page that could not be read; with neither, the page\'s reason stands', () => {
		expect(mergeObservations(instagram, [page(10, unknown('element-missing'))], asked(true, 5)).accountPrivate).toEqual(reported(true, 5));
		const unanswered = {fields: new Set(['accountPrivate'] as const), observations: {accountPrivate: unknown('not-answered')}};
		expect(mergeObservations(instagram, [page(10, unknown('element-missing'))], unanswered).accountPrivate).toEqual(unknown('element-missing'));
		expect(mergeObservations(instagram, [], unanswered).accountPrivate).toEqual(unknown('not-answered'));
	});

	test('in the audit, the Instagram finding says which source it rests on', () => {
		const records = {instagram: [page(10, known(false))]};
		const older = buildAudit(sites, records, rules, 'adult', 0, answers({instagram: true}, {'instagram.private-account': ['on', 5]}));
		const newer = buildAudit(sites, records, rules, 'adult', 0, answers({instagram: true}, {'instagram.private-account': ['on', 50]}));
		const finding = (audit: typeof older) => audit.sites.find(site => site.site === 'instagram')!.findings.find(found => found.ruleId === 'public-account')!;
		expect(finding(older)).toMatchObject({status: 'risk'});
		expect(finding(older).reported).toBeUndefined();
		expect(finding(newer)).toMatchObject({status: 'ok', reported: {at: 50}});
	});
});

describe('changing answers', () => {
	const start = answers({tiktok: true, venmo: true}, {'tiktok.downloads': ['on', 1], 'venmo.friends-list': ['public', 2]});

	test('answer, change, clear', () => {
		const changed = answerQuestion(start, 'tiktok.downloads', 'off', 9);
		expect(changed.answers['tiktok.downloads']).toEqual({answer: 'off', at: 9});
		expect(clearAnswer(changed, 'tiktok.downloads').answers).toEqual({'venmo.friends-list': {answer: 'public', at: 2}});
		expect(setAppUse(start, 'tiktok', null).apps).toEqual({venmo: true});
	});

	test('forgetting a platform removes its answers and whether it is used, nothing else', () => {
		expect(forgetPlatform(start, 'tiktok')).toEqual(answers({venmo: true}, {'venmo.friends-list': ['public', 2]}));
	});

	test('stored answers the catalog no longer has are dropped when loaded', () => {
		const stale = answers({tiktok: true, myspace: true}, {'tiktok.downloads': ['sometimes', 1], 'tiktok.gone': ['on', 1], 'venmo.friends-list': ['public', 2]});
		expect(currentAnswers(stale)).toEqual(answers({tiktok: true}, {'venmo.friends-list': ['public', 2]}));
	});
});
