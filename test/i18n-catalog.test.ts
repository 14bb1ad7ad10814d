import {describe, expect, test} from 'vitest';
import {sites} from '../src/core/sites/index.js';
import {esText} from '../src/i18n/es/index.js';
import {translateExposure} from '../src/i18n/localize.js';
import {exposuresOf} from '../src/i18n/rule-exposures.js';
import {audiences} from '../src/core/model/audience.js';
import {fieldIds} from '../src/core/model/fields.js';
import {reasonText} from '../src/core/model/reasons.js';
import {questions} from '../src/core/questions/index.js';
import {rules} from '../src/core/rules/index.js';

// Fails when a rule, field, site or page kind is merged without its Spanish text: add it in
// src/i18n/es/ (rules-*.ts, model.ts, sites.ts).
describe('Spanish catalog', () => {
	test.each(rules.map(rule => [rule.id, rule] as const))('rule %s has a Spanish title, why and ok text', (id, rule) => {
		const text = esText.rules[id];
		expect(text, `src/i18n/es: no entry for rule "${id}"`).toBeDefined();
		for (const key of ['title', 'why', 'okText'] as const) {
			expect(text![key].trim(), key).not.toBe('');
			expect(text![key], key).not.toBe(rule[key]);
		}
	});

	test.each(rules.map(rule => [rule.id, rule] as const))('rule %s: every exposure it can say translates, and every template is used', (id, rule) => {
		const sentences = exposuresOf(rule);
		expect(sentences.length).toBeGreaterThan(0);
		for (const sentence of sentences) {
			const spanish = translateExposure(esText, id, sentence);
			expect(spanish, `no Spanish for "${sentence}"`).toBeDefined();
			expect(spanish).not.toMatch(/\{\w+\}/);
		}

		for (const template of Object.keys(esText.rules[id]?.exposures ?? {})) {
			const matches = sentences.some(sentence => translateExposure({...esText, rules: {[id]: {...esText.rules[id]!, exposures: {[template]: 'x'}}}}, id, sentence));
			expect(matches, `template "${template}" matches nothing the rule says`).toBe(true);
		}
	});

	test.each(rules.map(rule => [rule.id, rule] as const))('rule %s has Spanish fix steps for each of its sites, one for one', (id, rule) => {
		const steps = esText.rules[id]?.steps ?? {};
		expect(Object.keys(steps).sort()).toEqual(Object.keys(rule.fixes).sort());
		for (const [site, fix] of Object.entries(rule.fixes)) {
			expect(steps[site]?.length, `${id} on ${site}`).toBe(fix.steps.length);
		}
	});

	test('no Spanish entry for a rule that does not exist', () => {
		expect(Object.keys(esText.rules).filter(id => !rules.some(rule => rule.id === id))).toEqual([]);
	});

	test('every field, audience, reason and site page has Spanish', () => {
		expect(Object.keys(esText.fields).sort()).toEqual([...fieldIds].sort());
		expect(Object.keys(esText.audienceNames).sort()).toEqual([...audiences].sort());
		expect(Object.keys(esText.audienceIn).sort()).toEqual([...audiences].sort());
		// Every reason the engine can give, the guided questions' own included (reasons.ts).
		expect(Object.keys(esText.reasons).sort()).toEqual(Object.keys(reasonText).sort());
		expect(Object.keys(esText.sites).sort()).toEqual(sites.map(site => site.id).sort());
		for (const site of sites) {
			expect(Object.keys(esText.sites[site.id]?.pages ?? {}).sort(), site.id).toEqual(Object.keys(site.pages).sort());
		}
	});

	test.each(questions.map(question => [question.id, question] as const))('guided question %s has Spanish: path one for one, question, every option, defaults', (id, question) => {
		const text = esText.questions[id];
		expect(text, `src/i18n/es/questions.ts: no entry for "${id}"`).toBeDefined();
		expect(text!.path.length).toBe(question.path.length);
		expect(text!.ask).not.toBe(question.ask);
		expect(Object.keys(text!.options).sort()).toEqual(question.options.map(option => option.id).sort());
		for (const label of [...text!.path, ...Object.values(text!.options), text!.defaults.adult, text!.defaults.teen]) {
			expect(label.trim()).not.toBe('');
		}
	});

	test('no Spanish entry for a question that does not exist', () => {
		expect(Object.keys(esText.questions).filter(id => !questions.some(question => question.id === id))).toEqual([]);
	});
});
