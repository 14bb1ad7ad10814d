// @vitest-environment jsdom
import {render} from 'preact';
import {act} from 'preact/test-utils';
import {afterEach, beforeEach, expect, test, vi} from 'vitest';
import browser from 'webextension-polyfill';
import {sites} from '../src/core/sites/index.js';
import {buildAudit} from '../src/core/audit/build-audit.js';
import type {PageRecord} from '../src/core/audit/merge-observations.js';
import {known} from '../src/core/model/observed.js';
import {rules} from '../src/core/rules/index.js';
import {catalog as en} from '../src/i18n/en/index.js';
import {fixSteps} from '../src/i18n/render.js';
import {siteCatalog} from '../src/background/site-catalog.js';
import {PopupView} from '../popup/popup.js';
import './page-catalogs.js';

const record = (pageKind: string, observations: PageRecord['observations']): PageRecord => ({pageKind, readAt: 1, observations});
// Facebook shows the day and month, X the year: a full birthdate across accounts. Instagram is public.
const records = {
	facebook: [record('about-basic-info', {birthdayDayMonth: known('shown', 'public'), birthdayYear: known('shown', 'only-me')})],
	x: [record('edit-profile', {birthdayDayMonth: known('shown', 'only-me'), birthdayYear: known('shown', 'public')})],
	instagram: [record('account-privacy', {accountPrivate: known(false)})],
};

let root: HTMLElement;
beforeEach(() => {
	root = document.createElement('div');
	document.body.append(root);
});
afterEach(() => {
	render(null, root);
	root.remove();
});

const show = (profile: 'adult' | 'teen13') => {
	const audit = buildAudit(sites, records, rules, profile, 0);
	act(() => render(<PopupView audit={audit} tab={undefined} catalog={siteCatalog()} profile={profile}/>, root));
	return audit;
};

test('"Across your accounts" lists the combined finding with each site\'s own fix', () => {
	show('adult');
	const section = root.querySelector<HTMLElement>('section[data-site="across"]')!;
	expect(section.querySelector('h2')?.textContent).toBe('Across your accounts');
	const item = section.querySelector<HTMLLIElement>('li[data-rule="birthdate-across-sites"]')!;
	expect(item.dataset.status).toBe('risk');
	const parts = [...item.querySelectorAll<HTMLElement>('.site-part')];
	expect(parts.map(part => part.dataset.site)).toEqual(['facebook', 'x']);
	expect(parts.map(part => part.querySelector('h5')?.textContent)).toEqual(['On Facebook', 'On X']);
	for (const part of parts) {
		expect(part.querySelectorAll('ol.steps li').length).toBeGreaterThan(0);
		expect(part.querySelector('a.action')?.textContent).toMatch(/^Fix it: /);
	}
});

test('each site\'s part has its own "Show me", asking for that site\'s fix of its role', () => {
	const audit = show('adult');
	const sendMessage = vi.fn(async () => undefined);
	Object.assign(browser.runtime, {sendMessage});
	const finding = audit.across!.find(candidate => candidate.ruleId === 'birthdate-across-sites')!;
	const item = root.querySelector<HTMLLIElement>('section[data-site="across"] li[data-rule="birthdate-across-sites"]')!;
	for (const part of finding.involves!) {
		const button = item.querySelector<HTMLButtonElement>(`.site-part[data-site="${part.site}"] button.show-me`)!;
		expect(button.textContent).toBe('Show me');
		act(() => button.click());
		expect(sendMessage).toHaveBeenLastCalledWith({name: 'showMe', payload: {site: part.site, ruleId: 'birthdate-across-sites', role: 'birthday', steps: fixSteps(en, part.fix)}});
	}

	expect(sendMessage).toHaveBeenCalledTimes(2);
});

test('the summary counts findings across accounts', () => {
	const audit = show('adult');
	const high = [...audit.sites.flatMap(site => site.findings), ...audit.across!].filter(finding => finding.status === 'risk' && finding.severity === 'high').length;
	expect(root.querySelector('.summary')?.textContent).toContain(`${high} high-risk`);
});

test('teen prompts appear only for a teen, in "Talk about together", and are not counted', () => {
	show('adult');
	expect(root.querySelector('li[data-rule="teen-defaults-instagram"]')).toBeNull();
	const audit = show('teen13');
	const prompt = root.querySelector<HTMLLIElement>('li[data-rule="teen-defaults-instagram"]')!;
	expect(prompt.closest<HTMLElement>('[data-group]')?.dataset.group).toBe('talk');
	expect(prompt.closest('[data-group]')?.querySelector('h3')?.textContent).toBe('Talk about together');
	const withoutPrompts = buildAudit(sites, records, rules.filter(rule => !rule.prompt), 'teen13', 0);
	expect([audit.counts, audit.score, audit.urgent]).toEqual([withoutPrompts.counts, withoutPrompts.score, withoutPrompts.urgent]);
});

test('an across-accounts item that could not be checked names the site and the page that would answer it', () => {
	const audit = buildAudit(sites, {facebook: records.facebook, x: [record('settings-ads', {personalizedAds: known(false)})]}, rules, 'adult', 0);
	act(() => render(<PopupView audit={audit} tab={undefined} catalog={siteCatalog()} profile="adult"/>, root));
	const item = root.querySelector<HTMLLIElement>('section[data-site="across"] li[data-rule="birthdate-across-sites"]')!;
	expect(item.dataset.status).toBe('unknown');
	expect(item.closest('[data-group="ok"]')).toBeNull();
	const part = item.querySelector<HTMLElement>('.site-part[data-site="x"]')!;
	expect(part.querySelector('.missing')?.textContent).toMatch(/^Not read: /);
	expect(part.querySelector('a.action')?.getAttribute('href')).toBe('https://x.com/settings/profile');
});
