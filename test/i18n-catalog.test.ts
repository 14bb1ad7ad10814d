import {describe, expect, test} from 'vitest';
import {sites} from '../src/core/sites/index.js';
import {audiences} from '../src/core/model/audience.js';
import {fieldIds} from '../src/core/model/fields.js';
import {exportReasons, unknownReasons} from '../src/core/model/observed.js';
import {exportPlatforms} from '../src/core/exports/platforms/index.js';
import {exportRules} from '../src/core/exports/rules/index.js';
import type {ExportFacts} from '../src/core/exports/facts.js';
import {questions} from '../src/core/questions/index.js';
import {crossRules} from '../src/core/rules/across/index.js';
import {rules} from '../src/core/rules/index.js';
import type {Catalog, Template} from '../src/i18n/catalog.js';
import {catalog as en} from '../src/i18n/en/index.js';
import {languages} from '../src/i18n/languages.js';
import {fill} from '../src/i18n/render.js';
import {crossExposuresOf, exposuresOf} from './rule-messages.js';

// Every language's engine catalog has exactly the English catalog's messages, each with the same slots:
// a rule, field, reason, site page or question merged without its words in every language fails here.
const catalogs: ReadonlyArray<readonly [string, Catalog]> = await Promise.all(languages.map(async language =>
	[language, (await import(`../src/i18n/${language}/index.ts`) as {catalog: Catalog}).catalog] as const));

const texts = (template: Template): string[] => (typeof template === 'string' ? [template] : Object.entries(template).filter(([form]) => form !== 'count').map(([, text]) => text));
/** The slots a template fills, by name (the form an audience takes is each language's own). */
const slotsOf = (template: Template): string[] => [...new Set([
	...(typeof template === 'string' ? [] : [template.count]),
	...texts(template).flatMap(text => [...text.matchAll(/\{(\w+)(?::\w+)?\}/g)].map(match => match[1]!)),
])].sort();
const formsOf = (template: Template): string[] => texts(template).flatMap(text => [...text.matchAll(/\{\w+:(\w+)\}/g)].map(match => match[1]!));
const sorted = (keys: Iterable<string>) => [...keys].sort();

/** Facts that make a download rule say each thing it can: none, some undated, some over months, full and partial. */
function downloadExposures(fact: keyof ExportFacts): ExportFacts[] {
	const values: Record<keyof ExportFacts, unknown[]> = {
		locationPoints: [{count: 0}, {count: 3}, {count: 1250, from: '2019-03', to: '2024-11'}],
		interests: [0, 1, 212], offPlatformActivity: [{businesses: 0, events: 0}, {businesses: 54, events: 1200}], connectedApps: [0, 9],
		birthDate: ['none', 'partial', 'full'], inferredAge: [false, true], advertiserAudiences: [0, 31], phone: [false, true], homeLocation: [false, true],
		adEngagements: [{count: 0}, {count: 4}, {count: 40, from: '2022-01', to: '2024-03'}],
	};
	return values[fact].map(value => ({[fact]: value}));
}

const oneSite = rules.map(rule => [rule.id, rule, exposuresOf(rule)] as const);
const across = crossRules.map(rule => [rule.id, rule, crossExposuresOf(rule)] as const);

test('every language is checked, English first: it is the source', () => {
	expect(catalogs.map(([language]) => language)).toEqual([...languages]);
	expect(catalogs[0]![1]).toBe(en);
	for (const [language, catalog] of catalogs) {
		expect(catalog.language, language).toBe(language);
	}
});

describe.each(catalogs)('%s', (language, catalog) => {
	test.each([...oneSite, ...across])('rule %s: title, why, ok text, and its exposures, each the one its judge says', (id, _rule, said) => {
		const texts = catalog.rules[id];
		expect(texts, `src/i18n/${language}: no entry for rule "${id}"`).toBeDefined();
		for (const key of ['title', 'why', 'ok'] as const) {
			expect(texts![key].trim(), key).not.toBe('');
			if (language !== 'en') {
				expect(texts![key], `${key} is still English`).not.toBe(en.rules[id]![key]);
			}
		}

		// The ids the judge says are exactly the catalog's, and none is called "ok" (the rule's ok text has that id).
		expect(said.length).toBeGreaterThan(0);
		expect(sorted(Object.keys(texts!.exposures)), 'exposure ids').toEqual(sorted(new Set(said.map(exposure => exposure.id))));
		expect(Object.keys(texts!.exposures)).not.toContain('ok');
		for (const exposure of said) {
			const template = texts!.exposures[exposure.id]!;
			expect(slotsOf(template), `slots of ${exposure.id}`).toEqual(sorted(Object.keys(exposure.values ?? {})));
			expect(slotsOf(template), `slots of ${exposure.id}, as in English`).toEqual(slotsOf(en.rules[id]!.exposures[exposure.id]!));
			expect(fill(catalog, template, exposure.values), `${exposure.id} ${JSON.stringify(exposure.values)}`).not.toMatch(/[{}]/);
		}
	});

	test.each(oneSite)('rule %s: steps for each site it has a fix for, as many as in English', (id, rule) => {
		const steps = catalog.rules[id]?.steps ?? {};
		expect(sorted(Object.keys(steps))).toEqual(sorted(Object.keys(rule.fixes)));
		for (const site of Object.keys(rule.fixes)) {
			expect(steps[site]!.length, `${id} on ${site}`).toBe(en.rules[id]!.steps[site]!.length);
			expect(steps[site]!.every(step => step.trim() !== ''), `${id} on ${site}`).toBe(true);
		}
	});

	test('rules across accounts have no steps of their own, and no entry names a rule that does not exist', () => {
		for (const rule of crossRules) {
			expect(catalog.rules[rule.id]?.steps, rule.id).toEqual({});
		}

		expect(sorted(Object.keys(catalog.rules))).toEqual(sorted([...rules, ...crossRules, ...exportRules].map(rule => rule.id)));
	});

	test.each(exportRules.map(rule => [rule.id, rule] as const))('download rule %s: title, why, ok, what its judge says, and steps for each platform whose download has it', (id, rule) => {
		const texts = catalog.rules[id];
		expect(texts, `src/i18n/${language}: no entry for rule "${id}"`).toBeDefined();
		for (const key of ['title', 'why', 'ok'] as const) {
			expect(texts![key].trim(), key).not.toBe('');
			if (language !== 'en') {
				expect(texts![key], `${key} is still English`).not.toBe(en.rules[id]![key]);
			}
		}

		const said = downloadExposures(rule.fact).map(facts => rule.judge(facts)).filter(verdict => verdict.status === 'risk').map(verdict => verdict.exposure);
		expect(sorted(Object.keys(texts!.exposures)), 'exposure ids').toEqual(sorted(new Set(said.map(exposure => exposure.id))));
		for (const exposure of said) {
			expect(fill(catalog, texts!.exposures[exposure.id]!, exposure.values), exposure.id).not.toMatch(/[{}]/);
		}

		const platforms = exportPlatforms.filter(platform => platform.entries.some(format => format.answers.includes(rule.fact))).map(platform => platform.id);
		expect(sorted(Object.keys(texts!.steps))).toEqual(sorted(platforms));
		for (const platform of platforms) {
			expect(texts!.steps[platform]!.length, `${id} on ${platform}`).toBe(en.rules[id]!.steps[platform]!.length);
		}
	});

	test('global messages, fields, audiences, choices and reasons: every one, with English\'s slots', () => {
		expect(sorted(Object.keys(catalog.messages))).toEqual(sorted(Object.keys(en.messages)));
		for (const [id, template] of Object.entries(catalog.messages)) {
			expect(slotsOf(template), id).toEqual(slotsOf(en.messages[id as keyof Catalog['messages']]));
		}

		expect(sorted(Object.keys(catalog.fields))).toEqual(sorted(fieldIds));
		expect(Object.keys(catalog.audiences)).toContain('name');
		for (const [form, names] of Object.entries(catalog.audiences)) {
			expect(sorted(Object.keys(names)), form).toEqual(sorted(audiences));
		}

		expect(sorted(Object.keys(catalog.choices))).toEqual(sorted(Object.keys(en.choices)));
		expect(sorted(Object.keys(catalog.reasons))).toEqual(sorted([...unknownReasons, 'not-answered', 'not-sure', ...exportReasons]));
		const words = [...Object.values(catalog.fields), ...Object.values(catalog.audiences).flatMap(Object.values), ...Object.values(catalog.choices), ...Object.values(catalog.reasons)];
		expect(words.filter(word => word.trim() === '')).toEqual([]);
	});

	test('every audience form a sentence asks for is one the language has', () => {
		const templates = [...Object.values(catalog.rules).flatMap(rule => Object.values(rule.exposures)), ...Object.values(catalog.messages)];
		for (const form of new Set(templates.flatMap(formsOf))) {
			expect(Object.keys(catalog.audiences), form).toContain(form);
		}
	});

	test('every site: its checkup, a title for each page kind, and the link to each page reached by a click', () => {
		expect(sorted(Object.keys(catalog.sites))).toEqual(sorted(sites.map(site => site.id)));
		for (const site of sites) {
			const texts = catalog.sites[site.id]!;
			expect(texts.checkup.trim(), site.id).not.toBe('');
			expect(sorted(Object.keys(texts.pages)), site.id).toEqual(sorted(Object.keys(site.pages)));
			const clicked = Object.entries(site.pages).filter(([, page]) => page.reachedByClick).map(([kind]) => kind);
			expect(sorted(Object.keys(texts.clicks ?? {})), site.id).toEqual(sorted(clicked));
		}
	});

	test.each(questions.map(question => [question.id, question] as const))('guided question %s: path one for one with English, question, every option, defaults', (id, question) => {
		const texts = catalog.questions[id];
		expect(texts, `src/i18n/${language}/questions.ts: no entry for "${id}"`).toBeDefined();
		expect(texts!.path.length).toBe(en.questions[id]!.path.length);
		if (language !== 'en') {
			expect(texts!.ask).not.toBe(en.questions[id]!.ask);
		}

		expect(sorted(Object.keys(texts!.options))).toEqual(sorted(question.options.map(option => option.id)));
		for (const label of [...texts!.path, texts!.ask, ...Object.values(texts!.options), texts!.defaults.adult, texts!.defaults.teen]) {
			expect(label.trim()).not.toBe('');
		}
	});

	test('no entry for a question that does not exist', () => {
		expect(Object.keys(catalog.questions).filter(id => !questions.some(question => question.id === id))).toEqual([]);
	});
});
