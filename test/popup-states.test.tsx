// @vitest-environment jsdom
import {render} from 'preact';
import {act} from 'preact/test-utils';
import {afterEach, beforeEach, describe, expect, test} from 'vitest';
import type {TabState} from '../src/core/protocol/tab-state.js';
import type {Audit} from '../src/core/model/audit.js';
import {planScan} from '../src/core/scan/scan-state.js';
import {siteCatalog} from '../src/background/site-catalog.js';
import {PopupView, type PopupViewProps} from '../popup/popup.js';
import {sampleAudit} from './popup-audit.js';
import './page-catalogs.js';

// Each state the popup can be in says so in words, once: nothing checked yet, a scan in progress,
// a tab Overshare does not read, not your profile, logged out, still reading, and everything fixed.
const catalog = siteCatalog();
let root: HTMLElement;
beforeEach(() => {
	root = document.createElement('div');
	document.body.append(root);
});
afterEach(() => {
	render(null, root);
	root.remove();
});

const show = (props: Partial<PopupViewProps>) => {
	act(() => render(<PopupView audit={undefined} tab={undefined} catalog={catalog} profile="adult" {...props}/>, root));
	return root;
};

const facebookTab = (status: TabState['status'], pageKind = 'settings-posts'): TabState => ({site: 'facebook', pageKind, status, at: 1});
const tabStatus = () => root.querySelector<HTMLElement>('[data-tab-status]')?.dataset.tabStatus;
const notice = () => root.querySelector('[data-tab-status]')?.textContent;

/** The sample audit with only its ok items: what is left once every risk is fixed. */
const fixedAudit = (keepUnknown: boolean): Audit => ({
	...sampleAudit,
	across: [],
	sites: sampleAudit.sites.map(site => ({...site, findings: site.findings.filter(finding => finding.status === 'ok' || (keepUnknown && finding.status === 'unknown'))})),
});

describe('popup states', () => {
	test('nothing checked yet: says so, and lists the pages to open', () => {
		show({});
		expect(root.querySelector('[role="status"]')?.textContent).toBe('Nothing checked yet');
		expect(root.querySelectorAll('.empty a').length).toBe(catalog.flatMap(site => site.pages).length);
		expect(root.querySelector('.all-fixed')).toBeNull();
	});

	test('a scan in progress: progress in words and a cancel button', () => {
		show({scan: planScan(catalog, 1, 0)});
		expect(root.querySelector('.scan-progress')?.textContent).toMatch(/^Scanning… Facebook 0\/\d+/);
		expect(root.querySelector('button.scan-cancel')?.textContent).toBe('Cancel scan');
	});

	test('a site Overshare does not read: says which sites it reads, and to reload if this is one', () => {
		show({overTab: true});
		expect(tabStatus()).toBe('not-supported');
		expect(notice()).toBe("Overshare doesn't read this tab. It checks only your own profile and settings pages on Facebook, X, LinkedIn, Instagram, TikTok, Reddit, Google Account, Strava, and YouTube; if this tab is one of them, reload it.");
	});

	test('opened as a page of its own (not over a tab), it says nothing about a tab', () => {
		show({overTab: false});
		expect(tabStatus()).toBeUndefined();
	});

	test('a page of a supported site that is not checked: says so, and links the site\'s pages that are', () => {
		show({overTab: true, tab: facebookTab('not-audited', '')});
		expect(tabStatus()).toBe('not-audited');
		const box = root.querySelector('[data-tab-status]')!;
		expect(box.querySelector('p')?.textContent).toBe("Overshare doesn't check this Facebook page. These are the Facebook pages it reads:");
		const facebook = catalog.find(site => site.id === 'facebook')!;
		expect([...box.querySelectorAll('a')].map(link => link.getAttribute('href'))).toEqual(facebook.pages.map(page => page.url));
	});

	test.each([
		['not-own-profile', "This isn't your own profile (or Overshare couldn't confirm it is), so nothing on this page was read or stored."],
		['logged-out', "You're not signed in here, so nothing was read."],
		['reading', 'Reading this page: Settings › Posts…'],
	] as const)('%s', (status, text) => {
		show({overTab: true, tab: facebookTab(status)});
		expect(tabStatus()).toBe(status);
		expect(notice()).toBe(text);
	});

	test('everything fixed: said in words, with the ok items still listed', () => {
		show({audit: fixedAudit(false)});
		const fixed = root.querySelector<HTMLElement>('.all-fixed')!;
		expect(fixed.dataset.state).toBe('all-fixed');
		expect(fixed.textContent).toBe('Nothing at risk: every setting Overshare checked is fixed.');
		expect(root.querySelectorAll('li[data-status="risk"]').length).toBe(0);
		expect(root.querySelectorAll('li[data-status="ok"]').length).toBeGreaterThan(0);
	});

	test('nothing at risk but some couldn\'t be checked: never called fixed, the count says what is left', () => {
		const audit = fixedAudit(true);
		const unknown = audit.sites.flatMap(site => site.findings).filter(finding => finding.status === 'unknown').length;
		expect(unknown).toBeGreaterThan(1);
		show({audit});
		const fixed = root.querySelector<HTMLElement>('.all-fixed')!;
		expect(fixed.dataset.state).toBe('none-at-risk');
		expect(fixed.textContent).toBe(`Nothing at risk in what Overshare could check, but ${unknown} items couldn't be checked (see below).`);
	});

	test('with a risk left, there is no "fixed" line', () => {
		show({audit: sampleAudit});
		expect(root.querySelector('.all-fixed')).toBeNull();
	});
});

describe('a site whose access was withdrawn in the browser', () => {
	test('is named, with the way to give access back; none withdrawn, no notice', () => {
		show({withoutAccess: ['x', 'tiktok']});
		const notice = root.querySelector<HTMLElement>('[data-without-access]')!;
		expect(notice.getAttribute('role')).toBe('alert');
		expect(notice.textContent).toContain('Overshare may no longer read X, TikTok');
		expect(notice.textContent).toContain('extensions menu');
		show({withoutAccess: []});
		expect(root.querySelector('[data-without-access]')).toBeNull();
	});
});

describe('choices an organisation set', () => {
	test('the audience and the reminder are shown as set by it, and cannot be changed here', () => {
		show({profile: 'teen13', reminder: 'monthly', managed: {profile: 'teen13', reminder: 'monthly'}});
		expect(root.querySelector<HTMLFieldSetElement>('fieldset.profile-picker')!.disabled).toBe(true);
		expect(root.querySelector<HTMLSelectElement>('.reminder-picker select')!.disabled).toBe(true);
		expect(root.textContent!.match(/Set by your organisation\./g)).toHaveLength(2);
		show({profile: 'adult', managed: {}});
		expect(root.querySelector<HTMLFieldSetElement>('fieldset.profile-picker')!.disabled).toBe(false);
		expect(root.textContent).not.toContain('Set by your organisation.');
	});
});
