import {JSDOM} from 'jsdom';
import {describe, expect, test} from 'vitest';
import {captureSample} from '../content-scripts/capture/capture-sample.js';
import {detectReadablePage} from '../content-scripts/detect-readable-page.js';
import {bySelector, findRowControl, ownsControl} from '../content-scripts/dom/find-row.js';
import {pageMap, readPinned} from '../content-scripts/dom/current-page-map.js';
import {openShadowRoots, composedParent} from '../content-scripts/dom/shadow-roots.js';
import {TextIndex} from '../content-scripts/dom/text-index.js';
import {walkPage} from '../content-scripts/dom/walk-page.js';
import {siteReaders} from '../content-scripts/sites/index.js';
import {attachDeclaredShadowRoots, parsePage} from '../src/cli/parse-page.js';
import {listFixtures, loadDocument} from './fixtures.js';

// Reading inside open shadow roots (platform-pages-3.md §4.3: Reddit's settings rows), and the
// declarative shadow roots page samples are written with (which browsers attach and jsdom does not).

const row = (label: string, state: string) =>
	`<div class="row"><span>${label}</span><faceplate-switch-input aria-checked="${state}"><template shadowrootmode="open"><i></i></template></faceplate-switch-input></div>`;
const page = (inside: string, mode = 'open') =>
	`<!DOCTYPE html><html lang="en"><body><main><p>before</p><settings-section><template shadowrootmode="${mode}">${inside}</template><b>light child</b></settings-section><p>after</p></main></body></html>`;

describe('attachDeclaredShadowRoots', () => {
	test('attaches open and nested roots, and leaves closed ones closed', () => {
		const document = parsePage(page(row('Show up in search results', 'true')), 'https://www.reddit.com/settings/privacy');
		const host = document.querySelector('settings-section')!;
		expect(host.shadowRoot?.querySelector('faceplate-switch-input')?.shadowRoot?.querySelector('i')).not.toBeNull();
		expect(document.querySelector('template')).toBeNull();
		const closed = parsePage(page(row('Show up in search results', 'true'), 'closed'), 'https://www.reddit.com/settings/privacy');
		expect(closed.querySelector('settings-section')!.shadowRoot).toBeNull();
		expect(closed.querySelector('template')).toBeNull();
	});

	test('a template whose host already has a root, or an unknown mode, stays inert', () => {
		const {document} = new JSDOM('<x-a><template shadowrootmode="sideways"><b>no</b></template></x-a>').window;
		attachDeclaredShadowRoots(document);
		expect(document.querySelector('x-a')!.shadowRoot).toBeNull();
		expect(document.querySelector('template')).not.toBeNull();
	});
});

describe('the page walk', () => {
	test('enters open shadow roots as their host\'s first children, in document order', () => {
		const document = parsePage(page(row('Label', 'true')), 'https://www.reddit.com/settings/privacy');
		const walk = walkPage(document);
		const names = walk.elements.map(element => element.localName);
		expect(names.slice(names.indexOf('settings-section'))).toEqual(['settings-section', 'div', 'span', 'faceplate-switch-input', 'i', 'b', 'p']);
		const host = walk.elements.indexOf(document.querySelector('settings-section')!);
		// The host encloses its shadow tree and its light children; the light child's parent is the host.
		expect(walk.last[host]).toBe(names.indexOf('b'));
		expect(walk.parent[names.indexOf('div')]).toBe(host);
		expect(walk.texts.filter(text => text.trim() !== '')).toEqual(['before', 'Label', 'light child', 'after']);
		expect(walk.shadowRoots).toHaveLength(2);
	});

	test('never enters a closed root, nor a plain element\'s open one (only custom elements are asked)', () => {
		const closed = walkPage(parsePage(page(row('Label', 'true'), 'closed'), 'https://www.reddit.com/settings/privacy'));
		expect(closed.texts.some(text => text === 'Label')).toBe(false);
		const {document} = new JSDOM('<div id="plain"></div>').window;
		document.getElementById('plain')!.attachShadow({mode: 'open'}).innerHTML = '<span>inside</span>';
		expect(walkPage(document).texts).not.toContain('inside');
	});

	test('a page without shadow roots is walked exactly as before', () => {
		const {document} = new JSDOM('<main><div><span>a</span><input type="checkbox"></div></main>').window;
		const walk = walkPage(document);
		expect(walk.shadowRoots).toEqual([]);
		expect(walk.elements.map(element => element.localName)).toEqual(['html', 'head', 'body', 'main', 'div', 'span', 'input']);
	});
});

describe('labels and rows across the shadow edge', () => {
	const document = parsePage(page(row('Show up in search results', 'true') + row('Allow people to follow you', 'false')), 'https://www.reddit.com/settings/privacy');

	test('the text index finds labels inside shadow roots; the page map queries them', () => readPinned(document, () => {
		const [label] = new TextIndex(document).find(['show up in search results']);
		expect(label?.localName).toBe('span');
		expect(pageMap(document).matching('faceplate-switch-input')).toHaveLength(2);
		expect(pageMap(document).hasShadowRoots).toBe(true);
	}));

	test('a row search climbs to the shadow root\'s host and keeps to its own row', () => readPinned(document, () => {
		const [label] = new TextIndex(document).find(['allow people to follow you']);
		const control = findRowControl(label!, bySelector('faceplate-switch-input'));
		expect(control?.getAttribute('aria-checked')).toBe('false');
		expect(ownsControl(label!, control!)).toBe(true);
		expect(composedParent(label!.parentElement!.parentNode!.firstChild as Element)).toBe(document.querySelector('settings-section'));
	}));

	test('openShadowRoots lists every open root under an element, nested ones too', () => {
		expect(openShadowRoots(document.querySelector('main')!)).toHaveLength(3);
	});
});

describe('the capture action keeps open shadow roots', () => {
	test.each(listFixtures().filter(fixture => fixture.site === 'reddit' && fixture.name === 'risky').map(fixture => [fixture.pageKind, fixture] as const))('%s', (_, fixture) => {
		const detected = detectReadablePage(siteReaders, fixture.url)!;
		const {html} = captureSample(detected, loadDocument(fixture), {date: new Date('2026-12-04'), version: '0.1.0'});
		expect(html).toContain('<template shadowrootmode="open">');
		expect(html).not.toContain('overshare-shadow-root');
		const again = parsePage(html, fixture.url);
		expect(again.querySelector('main > *:not(h1, nav)')?.shadowRoot?.querySelector('faceplate-switch-input')).not.toBeNull();
	});
});
