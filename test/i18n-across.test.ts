import {describe, expect, test} from 'vitest';
import {sites} from '../src/core/sites/index.js';
import {buildAudit} from '../src/core/audit/build-audit.js';
import type {PageRecord} from '../src/core/audit/merge-observations.js';
import {known} from '../src/core/model/observed.js';
import {crossRules} from '../src/core/rules/across/index.js';
import {rules} from '../src/core/rules/index.js';
import {catalog as en} from '../src/i18n/en/index.js';
import {catalog as es} from '../src/i18n/es/index.js';
import {fixSteps, placeTitle, renderMessage} from '../src/i18n/render.js';
import {crossExposuresOf} from './rule-messages.js';

// Rules across accounts in every language: each sentence they can say names every site the English
// names, and each site's part of a finding shows that site's steps and page titles in the language.
describe.each(crossRules.map(rule => [rule.id, rule] as const))('%s', (id, rule) => {
	test('every exposure it can say names, in Spanish, every site the English names', () => {
		for (const exposure of crossExposuresOf(rule)) {
			const reference = {rule: id, ...exposure};
			const english = renderMessage(en, reference);
			const spanish = renderMessage(es, reference);
			expect(spanish).not.toBe(english);
			for (const site of ['Site A', 'Site B', 'Site C'].filter(name => english.includes(name))) {
				expect(spanish, 'names every site the English names').toContain(site);
			}
		}
	});

	test('each role\'s part is fixed by a one-site rule with steps there', () => {
		for (const fixer of Object.values(rule.fixes)) {
			expect(rules).toContain(fixer);
			for (const site of Object.keys(fixer.fixes)) {
				expect(es.rules[fixer.id]?.steps[site]?.length, `${fixer.id} on ${site}`).toBe(en.rules[fixer.id]?.steps[site]?.length);
			}
		}
	});
});

test('a list of three sites reads as each language lists', () => {
	const reference = {rule: 'city-on-several-sites', id: 'public-on', values: {sites: {sites: [{site: 'facebook', name: 'Facebook'}, {site: 'x', name: 'X'}, {site: 'linkedin', name: 'LinkedIn'}]}}};
	expect(renderMessage(es, reference)).toBe('Una ciudad actual o de origen es visible para cualquier persona (Público) en Facebook, X y LinkedIn. Si es el mismo lugar, vincula esos perfiles');
	expect(renderMessage(en, reference)).toBe('A city or hometown is visible to Public on Facebook and X and LinkedIn. If it is the same place, it links those profiles');
});

describe('findings across accounts, worded in Spanish', () => {
	const record = (pageKind: string, observations: PageRecord['observations']): PageRecord => ({pageKind, readAt: 1, observations});
	const audit = buildAudit(sites, {
		facebook: [record('about-contact-info', {phone: known('shown', 'public'), email: known('not-set'), address: known('not-set')})],
		x: [record('settings-contacts', {findableByPhone: known(true), findableByEmail: known(false)})],
	}, rules, 'adult', 0);
	const find = (ruleId: string) => audit.across!.find(finding => finding.ruleId === ruleId)!;

	test('a risk: its exposure, and each part\'s steps and page, in Spanish; the links as they are', () => {
		const finding = find('phone-shown-and-findable');
		expect(finding.status).toBe('risk');
		expect(renderMessage(es, finding.exposure)).toBe('Tu número de teléfono es visible para cualquier persona (Público) en Facebook, y en X puede encontrarte con él quien lo tenga (Público)');
		expect(finding.involves?.map(part => part.site)).toEqual(['facebook', 'x']);
		expect(fixSteps(es, finding.involves![0]!.fix)).toEqual(es.rules['phone-visible']!.steps['facebook']);
		expect(fixSteps(es, finding.involves![1]!.fix)).toEqual(es.rules['findable-by-phone-x']!.steps['x']);
		expect(finding.involves?.map(part => placeTitle(es, part.fix))).toEqual([es.sites['facebook']!.pages['about-contact-and-basic-info'], es.sites['x']!.pages['settings-contacts']]);
		expect(finding.involves?.map(part => part.fix.url)).toEqual([sites[0]!.pages['about-contact-and-basic-info']!.url, sites.find(site => site.id === 'x')!.pages['settings-contacts']!.url]);
		expect(finding.fix).toEqual(finding.involves?.[0]?.fix);
	});

	test('couldn\'t check: names the site and the reason in Spanish, with the page to open', () => {
		const finding = find('birthdate-across-sites');
		expect(finding.status).toBe('unknown');
		expect(renderMessage(es, finding.exposure)).toMatch(/^No se pudo revisar en (Facebook|X): abre la página que muestra este ajuste\.$/);
		for (const part of finding.involves ?? []) {
			expect(Object.values(es.sites[part.site]!.pages), part.site).toContain(placeTitle(es, part.check!));
		}

		expect(finding.check).toEqual(finding.involves?.[0]?.check);
	});
});
