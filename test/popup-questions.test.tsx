// @vitest-environment jsdom
import axe from 'axe-core';
import {render} from 'preact';
import {act} from 'preact/test-utils';
import {afterEach, beforeEach, describe, expect, test, vi} from 'vitest';
import {sites} from '../src/core/sites/index.js';
import {buildAudit} from '../src/core/audit/build-audit.js';
import type {Answers} from '../src/core/questions/answers.js';
import {platformById} from '../src/core/questions/index.js';
import {rules} from '../src/core/rules/index.js';
import {siteCatalog} from '../src/background/site-catalog.js';
import {PopupView, type PopupViewProps} from '../popup/popup.js';
import './page-catalogs.js';

const catalog = siteCatalog();
const answeredAt = Date.UTC(2026, 10, 20, 12);
const tiktokAnswers: Answers = {apps: {tiktok: true}, answers: {'tiktok.direct-messages': {answer: 'everyone', at: answeredAt}}};

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
	act(() => render(<PopupView audit={undefined} tab={undefined} catalog={catalog} profile="adult" {...props}/>, root));
	return root;
};

const group = (id: string) => root.querySelector<HTMLFieldSetElement>(`fieldset[data-question="${id}"]`)!;

describe('which apps', () => {
	test('every app is a labelled checkbox; no question is shown until the user says they use the app', () => {
		const onAppUse = vi.fn();
		show({onAppUse});
		const boxes = [...root.querySelectorAll<HTMLInputElement>('.apps-picker input[type="checkbox"]')];
		expect(boxes.map(box => box.labels?.[0]?.textContent)).toEqual(['TikTok', 'Snapchat', 'Instagram', 'Venmo']);
		expect(root.querySelector('.apps-picker legend')?.textContent).toBe('Which of these apps do you use?');
		expect(root.querySelector('fieldset[data-question]')).toBeNull();
		act(() => boxes[0]!.click());
		expect(onAppUse).toHaveBeenCalledWith('tiktok', true);
	});

	test('an app the user uses shows each of its questions; unticking it says they do not use it', () => {
		const onAppUse = vi.fn();
		show({answers: tiktokAnswers, onAppUse});
		const shown = [...root.querySelectorAll<HTMLElement>('fieldset[data-question]')].map(fieldset => fieldset.dataset.question);
		expect(shown).toEqual(platformById('tiktok')!.questions.map(question => question.id));
		act(() => root.querySelector<HTMLInputElement>('.apps-picker input[value="tiktok"]')!.click());
		expect(onAppUse).toHaveBeenCalledWith('tiktok', false);
	});
});

describe('a guided question', () => {
	test('says where to look in the app and offers the app\'s own labels, then "no app" and "not sure"', () => {
		show({answers: {apps: {tiktok: true}, answers: {}}});
		const fieldset = group('tiktok.direct-messages');
		expect(fieldset.querySelector('legend')?.textContent).toBe(
			'In the TikTok app: Profile → ☰ → Settings and privacy → Privacy → Direct messages. What does it say? Who can send you direct messages?');
		const radios = [...fieldset.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
		expect(radios.map(radio => radio.labels?.[0]?.textContent)).toEqual(
			['Everyone', 'Suggested friends', 'Friends', 'No one', "I don't have this app / account", "I'm not sure"]);
		// One group per question: arrow keys stay inside it.
		expect(new Set(radios.map(radio => radio.name))).toEqual(new Set(['answer-tiktok.direct-messages']));
		expect(radios.some(radio => radio.checked)).toBe(false);
		expect(fieldset.textContent).toContain('For teens: 13–15: direct messages unavailable; 16–17: No one.');
		expect(fieldset.querySelector('.reported-on')).toBeNull();
	});

	test('choosing an option sends its id', () => {
		const onAnswer = vi.fn();
		show({answers: {apps: {snapchat: true}, answers: {}}, onAnswer});
		const radio = group('snapchat.contact-me').querySelector<HTMLInputElement>('input[value="everyone"]')!;
		act(() => radio.click());
		expect(onAnswer).toHaveBeenCalledWith('snapchat.contact-me', 'everyone');
		act(() => group('snapchat.contact-me').querySelector<HTMLInputElement>('input[value="not-sure"]')!.click());
		expect(onAnswer).toHaveBeenLastCalledWith('snapchat.contact-me', 'not-sure');
	});

	test('an answer is shown checked, dated "reported by you", and can be cleared with focus kept in the question', () => {
		const onClear = vi.fn();
		show({answers: tiktokAnswers, onClear});
		const fieldset = group('tiktok.direct-messages');
		expect(fieldset.querySelector<HTMLInputElement>('input[value="everyone"]')!.checked).toBe(true);
		expect(fieldset.querySelector('.reported-on')?.textContent).toContain(`Reported by you on ${new Date(answeredAt).toLocaleDateString()}`);
		act(() => fieldset.querySelector<HTMLButtonElement>('button.clear-answer')!.click());
		expect(onClear).toHaveBeenCalledWith('tiktok.direct-messages');
		expect(fieldset.contains(document.activeElement)).toBe(true);
	});

	// axe is slow in jsdom, more so on a loaded machine: one app's questions, and a generous timeout.
	test('the questions section passes axe (labels, groups, names)', async () => {
		show({answers: tiktokAnswers});
		const results = await axe.run(root.querySelector('.questions')!, {rules: {'color-contrast': {enabled: false}}});
		expect(results.violations.map(violation => violation.id)).toEqual([]);
		expect(results.passes.length).toBeGreaterThan(0);
	}, 30_000);
});

describe('findings from answers in the checklist', () => {
	test('a finding from an answer is marked reported by you; an unanswered one links to its question', () => {
		const audit = buildAudit(sites, {}, rules, 'adult', answeredAt, tiktokAnswers);
		show({audit, answers: tiktokAnswers});
		const dms = root.querySelector<HTMLLIElement>('li[data-rule="tiktok-dms-from-everyone"]')!;
		expect(dms.dataset.status).toBe('risk');
		expect(dms.querySelector('.reported')?.textContent).toBe(`Reported by you on ${new Date(answeredAt).toLocaleDateString()}`);
		expect(dms.textContent).toContain('Fix it in the TikTok app');
		expect(dms.querySelector('a.action')).toBeNull();

		const unanswered = root.querySelector<HTMLLIElement>('li[data-rule="public-account"]')!;
		expect(unanswered.dataset.status).toBe('unknown');
		expect(unanswered.querySelector('.reported')).toBeNull();
		const link = unanswered.querySelector<HTMLAnchorElement>('a.action')!;
		expect(link.getAttribute('href')).toBe('#question-tiktok.private-account');
		expect(root.querySelector(link.getAttribute('href')!.replace('.', '\\.'))).toBe(group('tiktok.private-account'));
	});
});
