// @vitest-environment jsdom
import {render} from 'preact';
import {act} from 'preact/test-utils';
import {afterEach, beforeEach, describe, expect, test, vi} from 'vitest';
import browser from 'webextension-polyfill';
import {sites} from '../src/core/sites/index.js';
import type {PageStatus} from '../src/core/model/page-reading.js';
import {buildAudit} from '../src/core/audit/build-audit.js';
import type {TabState} from '../src/core/protocol/tab-state.js';
import type {Audit} from '../src/core/model/audit.js';
import {known, unknown} from '../src/core/model/observed.js';
import {rules} from '../src/core/rules/index.js';
import {severities, type Severity} from '../src/core/model/severity.js';
import {catalog as en} from '../src/i18n/en/index.js';
import {fixSteps, pageTitle, placeTitle, renderMessage, ruleTitle, ruleWhy} from '../src/i18n/render.js';
import {siteCatalog} from '../src/background/site-catalog.js';
import {Popup, PopupView, type PopupViewProps} from '../popup/popup.js';
import {sampleAudit} from './popup-audit.js';
import './page-catalogs.js';

const audit = sampleAudit;
const catalog = siteCatalog();
const findings = audit.sites[0]!.findings;
const byStatus = (status: string) => findings.filter(finding => finding.status === status);

let root: HTMLElement;
beforeEach(() => {
	root = document.createElement('div');
	document.body.append(root);
});
afterEach(() => {
	render(null, root);
	root.remove();
});

const show = (props: Partial<PopupViewProps> = {}) => {
	act(() => render(<PopupView audit={audit} tab={undefined} catalog={catalog} {...props} profile={props.profile ?? 'adult'}/>, root));
	return root;
};

const item = (ruleId: string) => root.querySelector<HTMLLIElement>(`li[data-rule="${ruleId}"]`)!;
const tab = (status: PageStatus, pageKind = 'about-places'): TabState => ({site: 'facebook', pageKind, status, at: 1});

test('the fixture has every kind of finding', () => {
	expect(byStatus('risk').length).toBeGreaterThan(0);
	expect(byStatus('unknown').length).toBeGreaterThan(0);
	expect(byStatus('ok').length).toBeGreaterThan(0);
});

describe('checklist', () => {
	test("groups are in the order at risk, couldn't check, ok, with headings", () => {
		show();
		const groups = [...root.querySelectorAll<HTMLElement>('[data-group]')];
		expect(groups.map(group => group.dataset.group)).toEqual(['risk', 'unknown', 'ok']);
		expect(groups.map(group => group.querySelector('h3')?.textContent)).toEqual(['At risk', "Couldn't check", 'OK']);
		const statuses = [...root.querySelectorAll<HTMLElement>('li[data-status]')].map(li => li.dataset.status);
		expect(statuses).toEqual([...statuses].sort((a, b) => ['risk', 'unknown', 'ok'].indexOf(a!) - ['risk', 'unknown', 'ok'].indexOf(b!)));
	});

	test("each finding is one <li> with data-rule and data-status, in its status's group", () => {
		show();
		const items = [...root.querySelectorAll<HTMLLIElement>('li[data-rule]')];
		expect(items.map(li => li.dataset.rule).sort()).toEqual(findings.map(finding => finding.ruleId).sort());
		for (const finding of findings) {
			const li = item(finding.ruleId);
			expect(li.getAttribute('data-status')).toBe(finding.status);
			expect(li.closest<HTMLElement>('[data-group]')?.dataset.group).toBe(finding.status);
			expect(li.textContent).toContain(ruleTitle(en, finding.ruleId));
			expect(li.textContent).toContain(renderMessage(en, finding.exposure));
			expect(li.querySelector('details')?.textContent).toContain(ruleWhy(en, finding.ruleId));
		}
	});

	test('severity is written out in words', () => {
		show();
		for (const finding of findings) {
			const badge = item(finding.ruleId).querySelector('.badge')!.textContent!;
			expect(badge).toMatch(/Critical|High|Medium|Low|Info/);
		}
	});

	test("an unknown item never shows as ok, and says why it couldn't be checked", () => {
		show();
		for (const finding of byStatus('unknown')) {
			const li = item(finding.ruleId);
			const rule = rules.find(candidate => candidate.id === finding.ruleId)!;
			expect(li.dataset.status).toBe('unknown');
			expect(li.closest('[data-group="ok"]')).toBeNull();
			expect(li.textContent).toContain("Couldn't check");
			expect(li.textContent).not.toContain(en.rules[rule.id]!.ok);
			expect(li.querySelector('.missing')?.textContent).toMatch(/^Not read: /);
		}

		const okGroup = root.querySelector('[data-group="ok"]')!;
		expect([...okGroup.querySelectorAll<HTMLElement>('li[data-rule]')].every(li => li.dataset.status === 'ok')).toBe(true);
	});

	test('the unreadable email field is unknown, not ok', () => {
		show();
		expect(item('email-visible').dataset.status).toBe('unknown');
		expect(item('email-visible').textContent).toContain('Email address');
	});

	test('"Fix it" opens fix.url in a new tab, labelled with the page; unknown items say "Open"', () => {
		show();
		for (const finding of findings) {
			const link = item(finding.ruleId).querySelector<HTMLAnchorElement>('a.action')!;
			// Unknown items open the page that would answer them; the others the page that fixes them.
			const target = finding.status === 'unknown' ? finding.check! : finding.fix;
			expect(link.getAttribute('href')).toBe(target.url);
			expect(link.target).toBe('_blank');
			expect(link.rel).toContain('noopener');
			const label = finding.status === 'risk' ? `Fix it: ${placeTitle(en, target)}` : `Open ${placeTitle(en, target)}`;
			expect(link.textContent).toContain(label);
		}

		const risk = item(byStatus('risk')[0]!.ruleId);
		expect(risk.querySelectorAll(':scope > ol.steps > li').length).toBe(fixSteps(en, byStatus('risk')[0]!.fix).length);
	});

	test('the pages that would finish the check are listed as links', () => {
		show();
		const links = [...root.querySelectorAll<HTMLAnchorElement>('.to-visit a')];
		expect(links.map(link => link.getAttribute('href'))).toEqual(audit.sites[0]!.pagesToVisit.map(page => page.url));
		expect(links.length).toBeGreaterThan(0);
	});

	test("the summary counts risks by severity, then couldn't check, then ok", () => {
		// Risks of four severities: a public address (critical), a phone number (high), an email address (medium), a city (low).
		const varied = buildAudit(sites, {facebook: [
			{pageKind: 'about-contact-and-basic-info', readAt: 1, observations: {
				address: known('shown', 'public'), phone: known('shown', 'friends'), email: known('shown', 'public'),
				birthdayDayMonth: known('not-set'), birthdayYear: unknown('element-missing'),
			}},
			{pageKind: 'about-places', readAt: 1, observations: {currentCity: known('shown', 'public'), hometown: known('not-set')}},
		]}, rules, 'adult', 3);
		show({audit: varied});
		const summary = root.querySelector('[role="status"]')!.textContent!;
		const all = varied.sites[0]!.findings;
		const word: Record<Severity, string> = {critical: 'critical', high: 'high-risk', medium: 'medium-risk', low: 'low-risk', info: 'to note'};
		const risks = severities.map(severity => [severity, all.filter(finding => finding.status === 'risk' && finding.severity === severity).length] as const)
			.filter(([, count]) => count > 0);
		expect(risks.map(([severity]) => severity)).toEqual(['critical', 'high', 'medium', 'low']);
		const count = (status: string) => all.filter(finding => finding.status === status).length;
		expect([count('unknown'), count('ok')].every(value => value > 0)).toBe(true);
		expect(summary).toBe([...risks.map(([severity, n]) => `${n} ${word[severity]}`), `${count('unknown')} couldn't check`, `${count('ok')} ok`].join(' · '));
		expect(root.textContent).toContain('Everything stays on this device.');
	});

	test('page text is rendered as text, never as HTML', () => {
		// What reaches the page from storage: message ids, values (a site's name) and links.
		const hostile = structuredClone(audit);
		const finding = hostile.sites[0]!.findings.find(candidate => candidate.status === 'risk')!;
		finding.exposure = {id: '<img src=x onerror="alert(1)">'};
		finding.fix = {...finding.fix, url: 'javascript:alert(1)', page: 'app', siteName: '<img src=y onerror="alert(2)">'};
		show({audit: hostile});
		expect(root.querySelector('img')).toBeNull();
		expect(root.textContent).toContain('<img src=x onerror="alert(1)">');
		expect(root.textContent).toContain('the <img src=y onerror="alert(2)"> app');
		expect(root.querySelector('a[href^="javascript"]')).toBeNull();
	});
});

describe('empty state', () => {
	for (const [name, value] of [['no audit', undefined], ['an audit with no sites', {...audit, sites: []}]] as Array<[string, Audit | undefined]>) {
		test(`with ${name}, it lists every catalog page as a link`, () => {
			show({audit: value});
			const links = [...root.querySelectorAll<HTMLAnchorElement>('.empty a')];
			expect(links.map(link => link.getAttribute('href'))).toEqual(catalog.flatMap(site => site.pages.map(page => page.url)));
			expect(links.map(link => link.textContent)).toEqual(catalog.flatMap(site => site.pages.map(page => `${pageTitle(en, site.id, page.pageKind)} (opens in a new tab)`)));
			expect(root.querySelector('li[data-rule]')).toBeNull();
			expect(root.textContent).toContain('Nothing checked yet');
		});
	}
});

describe('tab notice', () => {
	const notices: Array<[PageStatus, string]> = [
		['not-own-profile', "This isn't your own profile (or Overshare couldn't confirm it is), so nothing on this page was read or stored."],
		['logged-out', "You're not signed in here, so nothing was read."],
		['language-unsupported', "This page is in a language Overshare can't read on Facebook yet. Switch Facebook to English or Spanish to check it."],
		['read', 'Read this page: About › Places lived'],
	];
	for (const [status, text] of notices) {
		test(status, () => {
			show({tab: tab(status)});
			expect(root.querySelector('.notice')?.textContent).toBe(text);
		});
	}

	test('a page in a language a site is not read in names the languages that site is read in', () => {
		show({tab: {site: 'x', pageKind: 'settings-audience', status: 'language-unsupported', at: 1}});
		expect(root.querySelector('.notice')?.textContent).toBe("This page is in a language Overshare can't read on X yet. Switch X to English, Spanish, German, French, or Portuguese to check it.");
		show({tab: {site: 'linkedin', pageKind: 'contact-info', status: 'language-unsupported', at: 1}});
		expect(root.querySelector('.notice')?.textContent).toBe("This page is in a language Overshare can't read on LinkedIn yet. Switch LinkedIn to English to check it.");
	});

	test('no notice when the popup is a page of its own, not over a tab', () => {
		show();
		expect(root.querySelector('.notice')).toBeNull();
	});
});

describe('forgetting a site', () => {
	test('asks inline, then calls onForget with the site id', () => {
		const onForget = vi.fn();
		const confirm = vi.spyOn(window, 'confirm');
		show({onForget});
		act(() => root.querySelector<HTMLButtonElement>('button.forget')!.click());
		expect(onForget).not.toHaveBeenCalled();
		const yes = root.querySelector<HTMLButtonElement>('.forget-confirm button.danger')!;
		expect(document.activeElement).toBe(yes);
		act(() => yes.click());
		expect(onForget).toHaveBeenCalledWith('facebook');
		expect(confirm).not.toHaveBeenCalled();
	});

	test('cancel keeps everything and returns focus to the button', () => {
		const onForget = vi.fn();
		show({onForget});
		act(() => root.querySelector<HTMLButtonElement>('button.forget')!.click());
		act(() => [...root.querySelectorAll<HTMLButtonElement>('.forget-confirm button')].at(-1)!.click());
		expect(onForget).not.toHaveBeenCalled();
		expect(document.activeElement).toBe(root.querySelector('button.forget'));
	});
});

describe('popup with the background', () => {
	test("asks for the active tab's state, and fetches again when the audit changes", async () => {
		let current: Audit | undefined;
		const sendMessage = vi.fn(async () => ({audit: current, tab: tab('read', 'settings-posts'), catalog, profile: 'adult'}));
		Object.assign(browser.runtime, {sendMessage});
		const listeners = (browser.storage.onChanged as unknown as {listeners: Array<(changes: object, area: string) => void>}).listeners;

		await act(async () => render(<Popup/>, root));
		await vi.waitFor(() => expect(root.querySelector('.empty')).not.toBeNull());
		expect(sendMessage).toHaveBeenCalledWith({name: 'getState', payload: {tabId: 1}});
		expect(root.querySelector('.notice')?.textContent).toBe('Read this page: Settings › Posts');

		current = audit;
		await act(async () => listeners.forEach(listener => listener({audit: {newValue: audit}}, 'local')));
		await vi.waitFor(() => expect(root.querySelectorAll('li[data-rule]').length).toBe(findings.length));
		expect(root.querySelector('[role="status"]')?.textContent).toContain('ok');
	});
});
