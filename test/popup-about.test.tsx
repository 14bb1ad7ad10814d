// @vitest-environment jsdom
import {render} from 'preact';
import {act} from 'preact/test-utils';
import {afterEach, beforeEach, expect, test, vi} from 'vitest';
import type {TabState} from '../src/core/protocol/tab-state.js';
import {siteCatalog} from '../src/background/site-catalog.js';
import {isCaptureRequest, parseCaptureReply} from '../src/core/protocol/parse-capture.js';
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

const show = (props: Partial<PopupViewProps> = {}) => {
	act(() => render(<PopupView audit={sampleAudit} tab={undefined} catalog={siteCatalog()} profile="adult" {...props}/>, root));
	return root;
};

const button = () => root.querySelector<HTMLButtonElement>('details.about button.capture')!;
const result = () => root.querySelector<HTMLElement>('details.about .capture-result')!;
const tab = (status: TabState['status']): TabState => ({site: 'linkedin', pageKind: 'data-for-ai', status, at: 1});

test('the About section is a collapsed section at the bottom of the popup', () => {
	show();
	const about = root.querySelector<HTMLDetailsElement>('details.about')!;
	expect(about.open).toBe(false);
	expect(about.querySelector('summary')!.textContent).toBe('About Overshare');
	expect(root.querySelector('main')!.lastElementChild).toBe(about);
});

test.each([
	[undefined, 'Open one of your own settings or profile pages'],
	[tab('not-own-profile'), 'isn\'t your own account\'s'],
	[tab('logged-out'), 'signed out'],
	[tab('language-unsupported'), 'language'],
	[tab('not-audited'), 'Open one of your own settings or profile pages'],
	[tab('reading'), 'hasn\'t finished loading'],
])('on a tab that was not read as your own (%#), the button is disabled and says why', (shown, reason) => {
	const onCapture = vi.fn();
	show({tab: shown, onCapture});
	expect(button().disabled).toBe(true);
	expect(result().textContent).toContain(reason);
	expect(button().getAttribute('aria-describedby')).toContain(result().id);
});

test('on your own page that was read, the button saves a sample and says where', async () => {
	const onCapture = vi.fn(async () => ({state: 'saved' as const, fileName: 'overshare-sample-linkedin-data-for-ai-2026-03-04.html'}));
	show({tab: tab('read'), onCapture});
	expect(button().disabled).toBe(false);
	await act(async () => button().click());
	expect(onCapture).toHaveBeenCalledTimes(1);
	expect(result().dataset.capture).toBe('saved');
	expect(result().textContent).toContain('overshare-sample-linkedin-data-for-ai-2026-03-04.html');
});

test('the popup accepts only a well-formed reply from the page, and the page only the one request', () => {
	expect(isCaptureRequest({name: 'captureSample', payload: {}})).toBe(true);
	expect(isCaptureRequest({name: 'captureSample', payload: {url: 'x'}})).toBe(false);
	expect(isCaptureRequest({name: 'reportPage', payload: {}})).toBe(false);
	const html = '<!-- https://www.linkedin.com/x -->\n';
	expect(parseCaptureReply({ok: true, html, fileName: 'overshare-sample-linkedin-data-for-ai-2026-03-04.html'})).toEqual({ok: true, html, fileName: 'overshare-sample-linkedin-data-for-ai-2026-03-04.html'});
	expect(parseCaptureReply({ok: true, html, fileName: '../evil.html'})).toBeUndefined();
	expect(parseCaptureReply({ok: true, html: '<script>', fileName: 'overshare-sample-linkedin-data-for-ai-2026-03-04.html'})).toBeUndefined();
	expect(parseCaptureReply({ok: false, reason: 'logged-out'})).toEqual({ok: false, reason: 'logged-out'});
	expect(parseCaptureReply({ok: false, reason: 'anything'})).toBeUndefined();
});
