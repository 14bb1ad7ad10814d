import {describe, expect, test} from 'vitest';
import type {Catalog} from '../src/i18n/catalog.js';
import {rules} from '../src/core/rules/index.js';
import {catalog as en} from '../src/i18n/en/index.js';
import {catalog as es} from '../src/i18n/es/index.js';
import {fill, fixSteps, listOf, placeTitle, questionTexts, renderMessage, ruleTitle} from '../src/i18n/render.js';

// The renderer words a reference in one language: slots by value kind and form, counts, lists, and
// ids it does not know stay ids, never a crash and never markup.
const catalog: Catalog = {
	...en,
	language: 'es',
	audiences: {name: {...en.audiences.name, public: 'Público'}, in: {...en.audiences.name, public: 'cualquier persona (Público)'}},
	list: {between: ', ', last: ' y '},
};

describe('fill', () => {
	test('an audience in its plain form, or in a form the sentence names', () => {
		expect(fill(catalog, 'visible para {audience}', {audience: {audience: 'public'}})).toBe('visible para Público');
		expect(fill(catalog, 'visible para {audience:in}', {audience: {audience: 'public'}})).toBe('visible para cualquier persona (Público)');
		expect(fill(en, '{audience:who} can look you up', {audience: {audience: 'friends-of-friends'}})).toBe('Friends of friends can look you up');
	});

	test('counts choose their plural form by the catalog\'s language', () => {
		const apps = {count: 'count', one: '{count} app', other: '{count} apps'};
		expect(fill(en, apps, {count: {count: 1}})).toBe('1 app');
		expect(fill(en, apps, {count: {count: 11}})).toBe('11 apps');
		expect(fill(en, {count: 'n', other: '{n} only'}, {n: {count: 1}})).toBe('1 only');
	});

	test('sites by name, a list of sites joined the language\'s way, reasons and fields by the catalog', () => {
		const sites = [{site: 'facebook', name: 'Facebook'}, {site: 'x', name: 'X'}, {site: 'linkedin', name: 'LinkedIn'}];
		expect(fill(catalog, 'en {sites}', {sites: {sites}})).toBe('en Facebook, X y LinkedIn');
		expect(fill(en, 'on {sites}', {sites: {sites}})).toBe('on Facebook and X and LinkedIn');
		expect(fill(en, 'on {site}', {site: sites[1]!})).toBe('on X');
		expect(fill(en, '{reason}', {reason: {reason: 'logged-out'}})).toBe(en.reasons['logged-out']);
		expect(fill(en, '{field}', {field: {field: 'phone'}})).toBe('Phone number');
	});

	test('a slot without a value, or with an unknown form, stays as written', () => {
		expect(fill(en, 'visible to {audience}')).toBe('visible to {audience}');
		expect(fill(en, 'visible to {audience:nope}', {audience: {audience: 'public'}})).toBe('visible to {audience:nope}');
		expect(listOf(en, [])).toBe('');
		expect(listOf(en, ['X'])).toBe('X');
	});

	test('values are words, never markup: a site name goes through as it is, for a text node', () => {
		expect(fill(en, 'on {site}', {site: {site: 'x', name: '<img src=x onerror=alert(1)>'}})).toBe('on <img src=x onerror=alert(1)>');
	});
});

describe('references', () => {
	test('a rule\'s exposure, its ok text, and a global message', () => {
		expect(renderMessage(en, {rule: 'address-visible', id: 'visible', values: {audience: {audience: 'friends'}}})).toBe('Your home address is visible to Friends');
		expect(renderMessage(en, {rule: 'address-visible', id: 'ok'})).toBe(en.rules['address-visible']!.ok);
		expect(renderMessage(en, {id: 'couldnt-check', values: {reason: {reason: 'page-not-visited'}}})).toBe('Couldn\'t check: open the page that shows this setting.');
	});

	test('an id the catalog does not have (an audit from another version, a hostile store) renders as the id', () => {
		for (const ref of [{rule: 'no-such-rule', id: 'visible'}, {rule: 'address-visible', id: 'constructor'}, {id: '__proto__'}, {rule: 'constructor', id: 'ok'}, {id: 'toString'}]) {
			expect(renderMessage(en, ref)).toBe(ref.id);
		}

		expect(ruleTitle(en, 'hasOwnProperty')).toBe('hasOwnProperty');
	});

	test('places: a page by its kind, the site\'s checkup, the phone app', () => {
		expect(placeTitle(en, {site: 'facebook', siteName: 'Facebook', page: 'settings-posts'})).toBe('Settings › Posts');
		expect(placeTitle(en, {site: 'facebook', siteName: 'Facebook', page: 'checkup'})).toBe('Facebook Privacy Checkup');
		expect(placeTitle(en, {site: 'snapchat', siteName: 'Snapchat', page: 'app'})).toBe('the Snapchat app');
		expect(placeTitle(en, {site: 'venmo', siteName: 'Venmo', page: 'checkup'})).toBe('Venmo');
		expect(placeTitle(en, {site: 'facebook', siteName: 'Facebook', page: 'no-such-page'})).toBe('no-such-page');
	});

	test('steps: the named rule\'s for the site, none without one', () => {
		expect(fixSteps(en, {site: 'x', stepsOf: 'posts-unprotected'})).toEqual(en.rules['posts-unprotected']!.steps['x']);
		expect(fixSteps(en, {site: 'x'})).toEqual([]);
		expect(fixSteps(en, {site: 'linkedin', stepsOf: 'posts-unprotected'})).toEqual([]);
	});

	test('a question\'s words, and its ids where the catalog has none', () => {
		expect(questionTexts(en, {id: 'snapchat.contact-me', options: [{id: 'everyone'}]}).options).toEqual({everyone: 'Everyone'});
		expect(questionTexts(en, {id: 'nope', options: [{id: 'a'}]})).toMatchObject({ask: 'nope', options: {a: 'a'}, path: []});
	});
});

describe('fix places read right in every item that leads there', () => {
	test('X\'s Edit profile holds the location, the birth date and the bio: its name is the dialog\'s, in each language', () => {
		for (const ruleId of ['current-city-public', 'birthdate-visible']) {
			const fix = rules.find(rule => rule.id === ruleId)!.fixes.x!;
			expect(fix.page).toBe('edit-profile');
		}

		expect(placeTitle(en, {site: 'x', siteName: 'X', page: 'edit-profile'})).toBe('Edit profile');
		expect(placeTitle(es, {site: 'x', siteName: 'X', page: 'edit-profile'})).toBe('Editar perfil');
	});
});
