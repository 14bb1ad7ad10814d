import {describe, expect, test} from 'vitest';
import {sites} from '../src/core/sites/index.js';
import {buildAudit} from '../src/core/audit/build-audit.js';
import type {PageRecord} from '../src/core/audit/merge-observations.js';
import {esText} from '../src/i18n/es/index.js';
import {localizeAudit, translateExposure} from '../src/i18n/localize.js';
import {crossExposuresOf} from '../src/i18n/rule-exposures.js';
import {known} from '../src/core/model/observed.js';
import {crossRules} from '../src/core/rules/across/index.js';
import {rules} from '../src/core/rules/index.js';
import {siteCatalog} from '../src/background/site-catalog.js';

// Rules across accounts in Spanish: each has its texts, every sentence it can say translates, and
// each site's part of a finding shows that site's Spanish steps and page titles.
describe.each(crossRules.map(rule => [rule.id, rule] as const))('Spanish for %s', (id, rule) => {
	const text = esText.across[id];

	test('has a Spanish title, why and ok text', () => {
		expect(text, `src/i18n/es/rules-across.ts: no entry for "${id}"`).toBeDefined();
		for (const key of ['title', 'why', 'okText'] as const) {
			expect(text![key].trim(), key).not.toBe('');
			expect(text![key], key).not.toBe(rule[key]);
		}
	});

	test('every exposure it can say translates, and every template is used', () => {
		const sentences = crossExposuresOf(rule);
		expect(sentences.length).toBeGreaterThan(0);
		for (const sentence of sentences) {
			const spanish = translateExposure(esText, id, sentence);
			expect(spanish, `no Spanish for "${sentence}"`).toBeDefined();
			expect(spanish).not.toMatch(/\{\w+\}/);
			for (const site of ['Site A', 'Site B', 'Site C'].filter(name => sentence.includes(name))) {
				expect(spanish, 'names every site the English names').toContain(site);
			}
		}

		for (const template of Object.keys(text?.exposures ?? {})) {
			const only = {...esText, across: {[id]: {...text!, exposures: {[template]: 'x'}}}};
			expect(sentences.some(sentence => translateExposure(only, id, sentence)), `template "${template}" matches nothing`).toBe(true);
		}
	});

	test('each role names a one-site rule whose Spanish steps match that role\'s fix, site by site', () => {
		expect(Object.keys(text?.parts ?? {}).sort()).toEqual(Object.keys(rule.fixes).sort());
		for (const [role, bySite] of Object.entries(rule.fixes)) {
			const steps = esText.rules[text!.parts[role]!]?.steps ?? {};
			for (const [site, fix] of Object.entries(bySite)) {
				expect(steps[site]?.length, `${role} on ${site}`).toBe(fix.steps.length);
			}
		}
	});
});

test('no Spanish entry for a rule across accounts that does not exist', () => {
	expect(Object.keys(esText.across).filter(id => !crossRules.some(rule => rule.id === id))).toEqual([]);
});

test('a list of three sites reads as Spanish', () => {
	const sentence = 'A city or hometown is visible to Public on Facebook and X and LinkedIn. If it is the same place, it links those profiles';
	expect(translateExposure(esText, 'city-on-several-sites', sentence)).toBe('Una ciudad actual o de origen es visible para cualquier persona (Público) en Facebook, X y LinkedIn. Si es el mismo lugar, vincula esos perfiles');
});

describe('localizing findings across accounts', () => {
	const record = (pageKind: string, observations: PageRecord['observations']): PageRecord => ({pageKind, readAt: 1, observations});
	const audit = buildAudit(sites, {
		facebook: [record('about-contact-info', {phone: known('shown', 'public'), email: known('not-set'), address: known('not-set')})],
		x: [record('settings-contacts', {findableByPhone: known(true), findableByEmail: known(false)})],
	}, rules, 'adult', 0);
	const spanish = localizeAudit(esText, siteCatalog(), audit);
	const find = (ruleId: string) => ({english: audit.across!.find(f => f.ruleId === ruleId)!, es: spanish.across!.find(f => f.ruleId === ruleId)!});

	test('a risk: texts, exposure, and each part\'s steps and page in Spanish', () => {
		const {english, es} = find('phone-shown-and-findable');
		expect(english.status).toBe('risk');
		expect(es.title).toBe(esText.across['phone-shown-and-findable']!.title);
		expect(es.exposure).toBe('Tu número de teléfono es visible para cualquier persona (Público) en Facebook, y en X puede encontrarte con él quien lo tenga (Público)');
		expect(es.involves?.map(part => part.site)).toEqual(['facebook', 'x']);
		expect(es.involves?.[0]?.fix.steps).toEqual(esText.rules['phone-visible']!.steps['facebook']);
		expect(es.involves?.[1]?.fix.steps).toEqual(esText.rules['findable-by-phone-x']!.steps['x']);
		expect(es.involves?.map(part => part.fix.page)).toEqual([esText.sites['facebook']!.pages['about-contact-and-basic-info'], esText.sites['x']!.pages['settings-contacts']]);
		expect(es.involves?.map(part => part.fix.url)).toEqual(english.involves?.map(part => part.fix.url));
		expect(es.fix).toEqual(es.involves?.[0]?.fix);
	});

	test('couldn\'t check: names the site and the reason in Spanish, with the page to open', () => {
		const {english, es} = find('birthdate-across-sites');
		expect(english.status).toBe('unknown');
		expect(es.exposure).toMatch(/^No se pudo revisar en (Facebook|X): abre la página que muestra este ajuste\.$/);
		for (const part of es.involves ?? []) {
			expect(Object.values(esText.sites[part.site]!.pages), part.site).toContain(part.check?.page);
		}
		expect(es.check?.page).toBe(es.involves?.[0]?.check?.page);
		expect(es.check?.url).toBe(english.check?.url);
	});

	test('an English audit stays as it is without a catalog', () => {
		expect(localizeAudit(undefined, siteCatalog(), audit)).toBe(audit);
	});
});
