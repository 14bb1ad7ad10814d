import {expect, test} from 'vitest';
import {sites} from '../content-scripts/sites/index.js';
import {fieldLabels} from '../src/core/model/fields.js';
import {questions} from '../src/core/questions/index.js';
import {crossRules} from '../src/core/rules/across/index.js';
import {rules} from '../src/core/rules/index.js';
import {catalog} from '../src/i18n/en/index.js';

// The English catalog says word for word what the rule, site and question files say today.
test('rule titles, why, ok texts and steps', () => {
	for (const rule of [...rules, ...crossRules]) {
		const texts = catalog.rules[rule.id]!;
		expect([texts.title, texts.why, texts.ok], rule.id).toEqual([rule.title, rule.why, rule.okText]);
	}

	for (const rule of rules) {
		expect(catalog.rules[rule.id]!.steps, rule.id).toEqual(Object.fromEntries(Object.entries(rule.fixes).map(([site, fix]) => [site, fix.steps])));
	}
});

test('field names, page titles and questions', () => {
	expect(catalog.fields).toEqual(fieldLabels);
	for (const site of sites) {
		expect(catalog.sites[site.id]!.pages).toEqual(Object.fromEntries(Object.entries(site.pages).map(([kind, page]) => [kind, page.title])));
	}

	for (const question of questions) {
		expect(catalog.questions[question.id], question.id).toEqual({
			path: question.path, ask: question.ask, defaults: question.defaults,
			options: Object.fromEntries(question.options.map(option => [option.id, option.label])),
		});
	}
});
