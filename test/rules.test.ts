import {readdirSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, test} from 'vitest';
import {showsField} from '../src/core/audit/page-fields.js';
import {siteById} from '../src/core/sites/index.js';
import {severities} from '../src/core/model/severity.js';
import {platformById} from '../src/core/questions/index.js';
import {inApp} from '../src/core/model/audit.js';
import type {Rule} from '../src/core/rules/define-rule.js';
import {catalog as en} from '../src/i18n/en/index.js';
import {rules} from '../src/core/rules/index.js';

const rulesFolder = join(dirname(fileURLToPath(import.meta.url)), '../src/core/rules');
const helperFiles = new Set(['linkedin-switch-rule.ts', 'define-rule.ts', 'index.ts', 'fix-steps.ts', 'exposed-to.ts']);

describe.each(rules.map(rule => [rule.id, rule] as const))('%s', (_, rule: Rule) => {
	test.each(rule.examples.risky.map((values, index) => [index, values] as const))('risky example %i is judged risky', (_index, values) => {
		expect(rule.judge(values, {}).risky).toBe(true);
	});

	test.each(rule.examples.ok.map((values, index) => [index, values] as const))('ok example %i is judged ok', (_index, values) => {
		expect(rule.judge(values, {}).risky).toBe(false);
	});

	test('has risky and ok examples that read exactly its fields', () => {
		expect(rule.examples.risky.length).toBeGreaterThan(0);
		expect(rule.examples.ok.length).toBeGreaterThan(0);
		for (const example of [...rule.examples.risky, ...rule.examples.ok]) {
			expect(Object.keys(example).sort()).toEqual([...rule.reads].sort());
		}
	});

	test('says why, with severities for adults and both teen bands', () => {
		expect(en.rules[rule.id]!.why).toMatch(/\.$/);
		for (const profile of ['adult', 'teen13', 'teen16'] as const) {
			expect(severities).toContain(rule.severity[profile]);
		}
	});

	test('each fix opens a page of that site that shows what the rule reads (or, in an app, a question asks about it)', () => {
		expect(Object.keys(rule.fixes).length).toBeGreaterThan(0);
		for (const [siteId, fix] of Object.entries(rule.fixes)) {
			if (fix.page === inApp) {
				const asked = platformById(siteId)?.questions.map(question => question.field) ?? [];
				expect(rule.reads.some(field => asked.includes(field)), `${siteId} questions`).toBe(true);
				expect(en.rules[rule.id]!.steps[siteId]!.length).toBeGreaterThan(0);
				expect(fix.confirmed).toMatch(/^\d{4}-\d{2}/);
				continue;
			}

			const page = siteById(siteId)?.pages[fix.page];
			expect(page, `${siteId}/${fix.page}`).toBeDefined();
			expect(rule.reads.some(field => showsField(page, field))).toBe(true);
			expect(en.rules[rule.id]!.steps[siteId]!.length).toBeGreaterThan(0);
			expect(fix.confirmed).toMatch(/^\d{4}-\d{2}/);
		}
	});
});

test('every rule file is in the rule list, and each id is its file name', () => {
	const files = readdirSync(rulesFolder).filter(file => file.endsWith('.ts') && !helperFiles.has(file) && !file.endsWith('.test.ts'));
	expect(rules.map(rule => `${rule.id}.ts`).sort()).toEqual(files.sort());
	expect(new Set(rules.map(rule => rule.id)).size).toBe(rules.length);
});
