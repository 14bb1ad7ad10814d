// @vitest-environment jsdom
import axe from 'axe-core';
import {render} from 'preact';
import {act} from 'preact/test-utils';
import {afterEach, beforeEach, describe, expect, test, vi} from 'vitest';
import {sites} from '../src/core/sites/index.js';
import {buildAudit} from '../src/core/audit/build-audit.js';
import {known} from '../src/core/model/observed.js';
import type {AudienceProfile} from '../src/core/model/severity.js';
import {noAnswers} from '../src/core/questions/answers.js';
import type {ReviewStore} from '../src/core/review/review-action.js';
import {checkInEvery, decide, finish, startReview} from '../src/core/review/review-state.js';
import {rules} from '../src/core/rules/index.js';
import {siteCatalog} from '../src/background/site-catalog.js';
import {ReviewView, type ReviewViewProps} from '../popup/review/review-view.js';
import type {PopupState} from '../popup/use-state-from-background.js';
import './page-catalogs.js';

const catalog = siteCatalog();
const now = Date.UTC(2026, 10, 26, 12);
/** A 13–15's public Instagram account and geotagged X posts, from the real engine. */
const teenAudit = (geotag = true, profile: AudienceProfile = 'teen13') => buildAudit(sites, {
	instagram: [{pageKind: 'account-privacy', readAt: 1, observations: {accountPrivate: known(false)}}],
	x: [{pageKind: 'settings-location', readAt: 2, observations: {geotagPosts: known(geotag)}}],
}, rules, profile, 3);

const stateWith = (review: ReviewStore, audit = teenAudit()): PopupState => ({
	audit, tab: undefined, catalog, profile: 'teen13', changes: [], storeProblem: undefined, scan: undefined, scans: [],
	reminder: 'off', answers: noAnswers, review, overTab: false, withoutAccess: [], managed: {},
});

let root: HTMLElement;
beforeEach(() => {
	root = document.createElement('div');
	document.body.append(root);
});
afterEach(() => {
	render(null, root);
	root.remove();
});

const handlers = () => ({
	onStart: vi.fn(), onDecide: vi.fn(), onBack: vi.fn(), onFinish: vi.fn(), onDiscard: vi.fn(), onDelete: vi.fn(),
	onForgetEverything: vi.fn(), onShowMe: vi.fn(), onPrint: vi.fn(), onScan: vi.fn(), onCancelScan: vi.fn(),
	onAnswer: vi.fn(), onClear: vi.fn(), onAppUse: vi.fn(),
});
const show = (state: PopupState, on = handlers(), extra: Partial<ReviewViewProps> = {}) => {
	act(() => render(<ReviewView state={state} now={now} {...on} {...extra}/>, root));
	return on;
};

const button = (name: string) => [...root.querySelectorAll<HTMLButtonElement>('button')].find(entry => entry.textContent === name)!;
const submit = (form: HTMLFormElement) => act(() => {
	form.dispatchEvent(new Event('submit', {cancelable: true, bubbles: true}));
});
const type = (field: HTMLTextAreaElement | HTMLInputElement, value: string) => act(() => {
	field.value = value;
	field.dispatchEvent(new Event('input', {bubbles: true}));
});
const started = startReview(teenAudit(), 'teen13', ['instagram', 'x'], now - 1000);

describe('start', () => {
	test('asks the age band first, then which accounts; read sites are ticked; it starts with both', () => {
		const on = show(stateWith({}), handlers());
		const form = root.querySelector<HTMLFormElement>('form.review-start')!;
		// The profile is a teen's: its band is preselected. Clear it to see the check.
		expect(root.querySelector<HTMLInputElement>('input[name="band"][value="teen13"]')!.checked).toBe(true);
		const accounts = [...root.querySelectorAll<HTMLInputElement>('input[name="account"]')];
		expect(accounts.filter(box => box.checked).map(box => box.value)).toEqual(['x', 'instagram']);
		expect(accounts.find(box => box.value === 'linkedin')!.labels![0]!.textContent).toContain('not read yet');
		act(() => accounts.find(box => box.value === 'x')!.click());
		submit(form);
		expect(on.onStart).toHaveBeenCalledWith('teen13', ['instagram']);
	});

	test('without a band or an account it says what is missing and does not start', () => {
		const on = show({...stateWith({}), audit: undefined, profile: 'adult'});
		submit(root.querySelector<HTMLFormElement>('form.review-start')!);
		expect(root.querySelector('#start-error')?.textContent).toBe('Choose the teen\'s age first.');
		act(() => root.querySelector<HTMLInputElement>('input[name="band"][value="teen16"]')!.click());
		submit(root.querySelector<HTMLFormElement>('form.review-start')!);
		expect(root.querySelector('#start-error')?.textContent).toBe('Choose at least one account.');
		expect(on.onStart).not.toHaveBeenCalled();
	});

	test('the apps only the phone shows are asked about on the same page, and count as accounts', () => {
		const on = show({...stateWith({}), answers: {apps: {snapchat: true}, answers: {}}});
		expect(root.querySelector('.apps-picker')).not.toBeNull();
		submit(root.querySelector<HTMLFormElement>('form.review-start')!);
		expect(on.onStart).toHaveBeenCalledWith('teen13', ['x', 'instagram', 'snapchat']);
	});
});

describe('one finding at a time', () => {
	test('written to the teen: what is exposed, why at their age, a prompt, their age\'s default, and the fix with Show me', () => {
		const on = show(stateWith({current: started as ReviewStore['current']}));
		const item = root.querySelector<HTMLElement>('.review-item')!;
		expect(item.dataset.rule).toBe('public-account');
		expect(item.querySelector('.progress')?.textContent).toBe('Finding 1 of 3 · Instagram');
		expect(item.querySelector('h2')?.textContent).toBe('Your account is public');
		expect(document.activeElement).toBe(item.querySelector('h2'));
		expect(item.querySelector('.exposure')?.textContent).toMatch(/Anyone/);
		expect(item.querySelector('.prompt')?.textContent).toMatch(/auditorium/);
		expect(item.querySelector('.default')?.textContent).toMatch(/under 16/);
		expect(item.querySelectorAll('.steps li').length).toBeGreaterThan(1);
		expect(item.querySelector('[role="status"]')?.textContent).toMatch(/^Not fixed yet/);
		act(() => item.querySelector<HTMLButtonElement>('.show-me')!.click());
		expect(on.onShowMe).toHaveBeenCalledWith('instagram', 'public-account', expect.arrayContaining([expect.stringContaining('Private account')]));
		expect(button('Back to the previous finding')).toBeUndefined();
	});

	test('the three decisions; "keep" asks for the reason in their own words and will not save an empty one', () => {
		const on = show(stateWith({current: started as ReviewStore['current']}));
		act(() => button('Fix now').click());
		expect(on.onDecide).toHaveBeenLastCalledWith({kind: 'fix-now'});
		act(() => button('Talk later').click());
		expect(on.onDecide).toHaveBeenLastCalledWith({kind: 'talk-later'});
		act(() => button('Keep it, because…').click());
		const reason = root.querySelector<HTMLTextAreaElement>('textarea')!;
		expect(document.activeElement).toBe(reason);
		expect(reason.labels![0]!.textContent).toBe('Because…');
		submit(root.querySelector<HTMLFormElement>('form.keep-reason')!);
		expect(root.querySelector('#keep-error')?.textContent).toBe('Write a reason first.');
		expect(on.onDecide).toHaveBeenCalledTimes(2);
		type(reason, 'It is my art account');
		submit(root.querySelector<HTMLFormElement>('form.keep-reason')!);
		expect(on.onDecide).toHaveBeenLastCalledWith({kind: 'keep', reason: 'It is my art account'});
	});

	test('when the setting changes on the page the item says it is fixed, and the decisions so far show it', () => {
		let state = decide(started, {kind: 'fix-now'}, now);
		show(stateWith({current: state as ReviewStore['current']}, teenAudit(true)));
		expect(root.querySelector('.decided')?.textContent).toContain('Fix now: not confirmed yet');
		state = {...state, index: 1} as typeof state;
		// X's location setting turned off on the page: the audit the page listens to says ok.
		show(stateWith({current: state as ReviewStore['current']}, teenAudit(false)));
		expect(root.querySelector('.review-item [role="status"]')?.textContent).toBe('Fixed: the page confirms it.');
		expect(button('Back to the previous finding')).toBeDefined();
	});

	test('a second review marks what was left for later and what is new', () => {
		let first = startReview(teenAudit(), 'teen13', ['x'], now - 5000);
		first = decide(first, {kind: 'talk-later'}, now - 4000);
		const second = startReview(teenAudit(), 'teen13', ['instagram', 'x'], now, finish(first, 'learner', now - 3000, teenAudit()));
		show(stateWith({current: second as ReviewStore['current']}));
		expect(root.querySelector('.tag')?.textContent).toBe('You left this to talk about later.');
	});
});

describe('stage, agreement, and what is stored', () => {
	const decided = [
		{kind: 'fix-now'}, {kind: 'keep', reason: '<img src=x onerror="alert(1)"> my art'}, {kind: 'talk-later'},
	] as const;
	const finished = () => {
		let state = started;
		for (const decision of decided) {
			state = decide(state, decision, now);
		}

		return finish(state, 'learner', now, teenAudit(false)) as NonNullable<ReviewStore['last']>;
	};

	test('the stage sets the next check-in date; they may pick another', () => {
		let state = started;
		for (const decision of decided) {
			state = decide(state, decision, now);
		}

		const on = show(stateWith({current: state as ReviewStore['current']}));
		const form = root.querySelector<HTMLFormElement>('form.review-stage')!;
		submit(form);
		expect(form.querySelector('[role="alert"]')?.textContent).toBe('Choose a stage first.');
		act(() => root.querySelector<HTMLInputElement>('input[value="learner"]')!.click());
		const date = root.querySelector<HTMLInputElement>('input[type="date"]')!;
		expect(date.value).toBe(new Date(now + checkInEvery.learner).toISOString().slice(0, 10));
		submit(form);
		expect(on.onFinish).toHaveBeenLastCalledWith('learner', undefined);
		type(date, '2027-01-15');
		submit(form);
		expect(on.onFinish).toHaveBeenLastCalledWith('learner', new Date(2027, 0, 15, 9).getTime());
	});

	test('the agreement: date, stage, each decision with its reason as plain text, what is open, the next check-in', () => {
		const on = show(stateWith({last: finished()}, teenAudit(false)));
		const agreement = root.querySelector<HTMLElement>('.agreement')!;
		expect(agreement.querySelector('h2')?.textContent).toBe('Our agreement');
		expect(agreement.textContent).toContain('Stage: Learner\'s permit');
		expect(agreement.textContent).toContain('Age: 13 to 15');
		const lines = [...agreement.querySelectorAll<HTMLElement>('.decisions li')].map(line => [line.dataset.rule, line.dataset.decision]);
		expect(lines.slice(0, 3)).toEqual([['public-account', 'fix-now'], ['geotag-posts', 'keep'], ['teen-defaults-instagram', 'talk-later']]);
		// The reason is shown as typed, never as markup.
		expect(agreement.textContent).toContain('Keep it, because: <img src=x onerror="alert(1)"> my art');
		expect(agreement.querySelector('img')).toBeNull();
		const open = [...agreement.querySelectorAll('ul.decisions')][1]!;
		expect([...open.querySelectorAll<HTMLElement>('li')].map(line => line.dataset.rule)).toEqual(['public-account', 'teen-defaults-instagram']);
		expect(agreement.textContent).toContain(`Next check-in: ${new Date(now + checkInEvery.learner).toLocaleDateString(undefined, {dateStyle: 'long'})}`);
		act(() => button('Print the agreement').click());
		expect(on.onPrint).toHaveBeenCalled();
		expect(button('Start the check-in review')).toBeDefined();
	});

	test('the agreement passes axe-core', async () => {
		show(stateWith({last: finished()}, teenAudit(false)));
		const results = await axe.run(root, {rules: {region: {enabled: false}}});
		expect(results.violations.map(violation => violation.id)).toEqual([]);
	});

	test('"What Overshare stores" lists everything kept for the review, shows it exactly, and deletes it after asking', () => {
		const on = show(stateWith({last: finished(), remindedAt: now}));
		const stores = root.querySelector<HTMLElement>('details.stores')!;
		const items = [...stores.querySelectorAll('.stored li')].map(line => line.textContent);
		expect(items).toEqual([
			'Age band: 13 to 15', 'Accounts: Instagram, X', '3 decisions, with their reasons if any were typed',
			expect.stringMatching(/^Stage and next check-in: Learner's permit, /),
			expect.stringMatching(/^The verdicts on \d+ findings when the last review ended/),
			expect.stringMatching(/^The check-in reminder was shown on /),
		]);
		expect(JSON.parse(stores.querySelector('pre')!.textContent!)).toEqual(JSON.parse(JSON.stringify({last: finished(), remindedAt: now})));
		act(() => button('Delete everything kept for the review').click());
		expect(on.onDelete).not.toHaveBeenCalled();
		act(() => button('Forget').click());
		expect(on.onDelete).toHaveBeenCalled();
	});

	test('the platforms\' supervision tools are offered as optional, each with how to set it up', () => {
		show(stateWith({}));
		const tools = root.querySelector<HTMLElement>('details.tools')!;
		expect(tools.textContent).toContain('Not required');
		expect([...tools.querySelectorAll('li strong')].map(name => name.textContent)).toEqual([
			'Meta Family Center (Instagram, Facebook, Messenger)', 'TikTok Family Pairing', 'Snapchat Family Center', 'Google Family Link',
		]);
		expect([...tools.querySelectorAll('a')].every(link => link.href.startsWith('https://') && link.rel.includes('noopener'))).toBe(true);
	});
});

describe('the popup\'s way in', () => {
	test('"Review together" opens the review page; after an agreement it shows the next check-in, then that it is due', async () => {
		const {ReviewLink} = await import('../popup/review-link.js');
		const last = {...startReview(teenAudit(), 'teen13', ['x'], 0), phase: 'finished', finishedAt: 1, stage: 'learner', nextCheckIn: now + 1000, snapshot: []} as NonNullable<ReviewStore['last']>;
		act(() => render(<ReviewLink review={{}} now={now}/>, root));
		expect(root.querySelector('a')?.getAttribute('href')).toBe('review.html');
		expect(root.querySelector('a')?.textContent).toBe('Review together (opens in a new tab)');
		act(() => render(<ReviewLink review={{last}} now={now}/>, root));
		expect(root.querySelector('p')?.textContent).toMatch(/^Next check-in: /);
		act(() => render(<ReviewLink review={{last}} now={now + 2000}/>, root));
		expect(root.querySelector('p')?.textContent).toBe('Your check-in is due: time for another review together.');
	});
});
