// @vitest-environment jsdom
import {render} from 'preact';
import {act} from 'preact/test-utils';
import {afterEach, beforeEach, expect, test, vi} from 'vitest';
import type {ChangeRecord} from '../src/core/history/diff-observations.js';
import {known, unknown} from '../src/core/model/observed.js';
import {siteCatalog} from '../src/background/site-catalog.js';
import {PopupView, type PopupViewProps} from '../popup/popup.js';
import {sampleAudit} from './popup-audit.js';
import './page-catalogs.js';

let root: HTMLElement;
beforeEach(() => {
	root = document.createElement('div');
	document.body.append(root);
});
afterEach(() => {
	render(null, root);
	root.remove();
});

const show = (props: Partial<PopupViewProps> = {}) =>
	act(() => render(<PopupView audit={sampleAudit} tab={undefined} catalog={siteCatalog()} {...props} profile={props.profile ?? 'adult'}/>, root));

const change: ChangeRecord = {
	site: 'facebook', pageKind: 'settings-find-and-contact', at: Date.UTC(2026, 10, 20), since: Date.UTC(2026, 9, 1),
	changes: [
		{field: 'friendsListAudience', from: known('friends'), to: known('public'), direction: 'more-exposed'},
		{field: 'searchEngineLinking', from: known(true), to: unknown('element-missing'), direction: 'unreadable'},
	],
};

test('what changed since the page was last read: the page, each setting from → to, and which way', () => {
	show({changes: [change]});
	const section = root.querySelector('.changes')!;
	expect(section.querySelector('h2')?.textContent).toBe('What changed since last time');
	expect(section.textContent).toContain('Settings › How people find and contact you, since');
	const lines = [...section.querySelectorAll<HTMLLIElement>('li[data-field]')];
	expect(lines.map(line => line.dataset.direction)).toEqual(['more-exposed', 'unreadable']);
	expect(lines[0]!.textContent).toBe('Who can see your friends list: Friends → Public (more exposed)');
	expect(lines[1]!.textContent).toContain("on → couldn't read");
});

test('a site\'s own choices are named in words, not as stored values', () => {
	const xChange: ChangeRecord = {
		site: 'x', pageKind: 'settings-direct-messages', at: Date.UTC(2026, 10, 20), since: Date.UTC(2026, 9, 1),
		changes: [{field: 'messageRequestsFrom', from: known('no-one'), to: known('everyone'), direction: 'more-exposed'}],
	};
	show({changes: [xChange]});
	expect(root.querySelector('.changes li[data-field="messageRequestsFrom"]')?.textContent).toBe('Who can send you message requests: no one → everyone (more exposed)');
});

test('no changes, no section', () => {
	show({changes: []});
	expect(root.querySelector('.changes')).toBeNull();
});

test('a store that was set aside is reported', () => {
	show({storeProblem: {problem: 'unreadable', at: 1}});
	expect(root.querySelector('[role="alert"]')?.textContent).toContain('set aside');
});

test('"Forget everything" asks first, then calls back', () => {
	const onForgetEverything = vi.fn();
	show({onForgetEverything});
	const button = [...root.querySelectorAll<HTMLButtonElement>('button.forget')].find(candidate => candidate.textContent === 'Forget everything')!;
	act(() => button.click());
	expect(onForgetEverything).not.toHaveBeenCalled();
	act(() => root.querySelector<HTMLButtonElement>('.everything .forget-confirm button.danger')!.click());
	expect(onForgetEverything).toHaveBeenCalled();
});
