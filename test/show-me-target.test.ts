import {beforeAll, beforeEach, describe, expect, test, vi} from 'vitest';
import {detectReadablePage} from '../content-scripts/detect-readable-page.js';
import {siteReaders} from '../content-scripts/sites/index.js';
import {locateControl} from '../content-scripts/show-me/locate-control.js';
import {known} from '../src/core/model/observed.js';
import {parseMessage} from '../src/core/protocol/parse-message.js';
import {shownTo} from '../src/core/rules/exposed-to.js';
import {siteById} from '../src/core/sites/index.js';
import {showMeTarget} from '../src/background/show-me.js';
import type {installFakeBrowser} from './fake-browser.js';
import {listFixtures, loadDocument} from './fixtures.js';

// "Show me" for each site's part of a finding across accounts: the site's own fix page, and the
// field of the site's role (else the most exposed as last read) first, so the ring lands on it.
const urlOf = (site: string, pageKind: string) => siteById(site)!.pages[pageKind]!.url;

describe('showMeTarget', () => {
	test('a one-site finding: its fix page and the fields it reads there', () => {
		expect(showMeTarget('facebook', 'future-posts-public')).toEqual({pageKind: 'settings-posts', url: urlOf('facebook', 'settings-posts'), fields: ['futurePostsAudience']});
	});

	test.each([
		['birthdate-across-sites', 'birthday', 'facebook', 'about-contact-and-basic-info', ['birthdayDayMonth', 'birthdayYear']],
		['birthdate-across-sites', 'birthday', 'x', 'edit-profile', ['birthdayDayMonth', 'birthdayYear']],
		['city-on-several-sites', 'hometown', 'facebook', 'about-places', ['hometown', 'currentCity']],
		['city-on-several-sites', 'currentCity', 'facebook', 'about-places', ['currentCity', 'hometown']],
		['phone-shown-and-findable', 'lookup', 'facebook', 'settings-find-and-contact', ['lookupByPhoneAudience']],
		['phone-shown-and-findable', 'findable', 'x', 'settings-contacts', ['findableByPhone']],
		['phone-shown-and-findable', 'phone', 'facebook', 'about-contact-and-basic-info', ['phone']],
	])('%s, role %s on %s: page %s, fields %j', (ruleId, role, site, pageKind, fields) => {
		expect(showMeTarget(site, ruleId, role)).toEqual({pageKind, url: urlOf(site, pageKind), fields});
	});

	test('the most exposed field as last read comes first: X shows the year publicly, the day and month to no one', () => {
		const observations = {birthdayDayMonth: shownTo('only-me'), birthdayYear: shownTo('public')};
		expect(showMeTarget('x', 'birthdate-across-sites', 'birthday', observations)?.fields).toEqual(['birthdayYear', 'birthdayDayMonth']);
		expect(showMeTarget('x', 'birthdate-visible', undefined, observations)?.fields).toEqual(['birthdayYear', 'birthdayDayMonth']);
	});

	test('a role the rule does not have, a role on a one-site rule, or a site without that fix: nothing to show', () => {
		expect(showMeTarget('facebook', 'city-on-several-sites', 'phone')).toBeUndefined();
		expect(showMeTarget('facebook', 'future-posts-public', 'phone')).toBeUndefined();
		expect(showMeTarget('x', 'city-on-several-sites', 'hometown')).toBeUndefined();
	});
});

describe('the showMe message', () => {
	const press = (payload: Record<string, unknown>) => parseMessage({name: 'showMe', payload: {site: 'x', steps: ['Open it.'], ...payload}}, undefined);
	test('a part of a finding across accounts carries its role', () => {
		expect(press({ruleId: 'birthdate-across-sites', role: 'birthday'})).toEqual({name: 'showMe', payload: {site: 'x', ruleId: 'birthdate-across-sites', role: 'birthday', steps: ['Open it.']}});
	});

	test.each([
		['a role the rule does not have', {ruleId: 'birthdate-across-sites', role: 'phone'}],
		['a role inherited from Object', {ruleId: 'birthdate-across-sites', role: 'toString'}],
		['a role on a one-site rule', {ruleId: 'birthdate-visible', role: 'birthday'}],
		['a rule across accounts without a role', {ruleId: 'birthdate-across-sites'}],
		['a role that is not text', {ruleId: 'birthdate-across-sites', role: 3}],
	])('%s is dropped', (_, payload) => {
		expect(press(payload)).toBeUndefined();
	});
});

test('on X\'s pages the callout finds the birthdate select and the look-up checkbox', () => {
	const cases = [['edit-profile', 'birth-year-public', 'birthdayYear', 'select'], ['settings-contacts', 'risky', 'findableByPhone', 'input']] as const;
	for (const [pageKind, name, field, tag] of cases) {
		const fixture = listFixtures().find(candidate => candidate.site === 'x' && candidate.pageKind === pageKind && candidate.name === name)!;
		const document = loadDocument(fixture);
		const control = locateControl(detectReadablePage(siteReaders, fixture.url)!, document, [field]);
		expect(control?.localName, `${pageKind} ${field}`).toBe(tag);
	}

	const birthday = listFixtures().find(candidate => candidate.site === 'x' && candidate.pageKind === 'edit-profile' && candidate.name === 'birth-year-public')!;
	const document = loadDocument(birthday);
	expect(locateControl(detectReadablePage(siteReaders, birthday.url)!, document, ['birthdayYear'])?.getAttribute('data-testid')).toBe('ProfileBirthdate_Year_Visibility');
});

describe('through the background', () => {
	type Listener = (message: unknown, sender: unknown) => Promise<unknown> | undefined;
	// The fake browser test/setup.ts installed: the modules imported above already hold it.
	const fake = (globalThis as unknown as {browser: ReturnType<typeof installFakeBrowser>}).browser;
	const create = vi.fn(async (_details: {url: string}) => ({id: 9}));
	fake.tabs.create = create;
	let onMessage: Listener;

	beforeAll(async () => {
		await import('../src/background/background.js');
		onMessage = fake.runtime.onMessage.listeners.at(-1) as Listener;
	});

	beforeEach(async () => {
		await fake.storage.local.clear();
		await fake.storage.session.clear();
		create.mockClear();
	});

	test('X\'s part of a birthdate across accounts opens X\'s profile editor, and its reading gets the year\'s control first', async () => {
		const editProfile = urlOf('x', 'edit-profile');
		const report = {site: 'x', pageKind: 'edit-profile', status: 'read', observations: {birthdayDayMonth: known('shown', 'only-me'), birthdayYear: known('shown', 'public')}};
		const fromX = {id: fake.runtime.id, tab: {id: 9}, frameId: 0, url: editProfile};
		await onMessage({name: 'reportPage', payload: report}, fromX);
		await onMessage({name: 'showMe', payload: {site: 'x', ruleId: 'birthdate-across-sites', role: 'birthday', steps: ['Choose "Only you".']}}, {id: fake.runtime.id});
		expect(create).toHaveBeenCalledExactlyOnceWith({url: editProfile});
		expect(await onMessage({name: 'reportPage', payload: report}, fromX)).toEqual({fields: ['birthdayYear', 'birthdayDayMonth'], steps: ['Choose "Only you".']});
	});
});
