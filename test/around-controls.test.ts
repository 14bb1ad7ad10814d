import {JSDOM} from 'jsdom';
import {describe, expect, test, vi} from 'vitest';
import {aroundControls} from '../content-scripts/dom/around-controls.js';
import {detectReadablePage} from '../content-scripts/detect-readable-page.js';
import {extractPage} from '../content-scripts/extract-page.js';
import {siteReaders} from '../content-scripts/sites/index.js';
import {listFixtures, reloadDocument} from './fixtures.js';
import {growRealistic} from './realistic-pages.js';

// A content root without a landmark (the body) is read around the page's controls first
// (dom/around-controls.ts); a field not found there is read again over the whole body (extract-page.ts).

const body = (html: string) => new JSDOM(`<!DOCTYPE html><body>${html}</body>`).window.document.body;

describe('aroundControls', () => {
	test('the smallest box holding every control, and its parent', () => {
		const root = body('<nav><a href="/x">x</a></nav><div id="page"><form id="form"><div><input type="checkbox"></div><div><input type="checkbox"></div></form></div>');
		expect(aroundControls(root, ['input[type="checkbox"]']).id).toBe('page');
	});

	test('not the parent when that is the root itself', () => {
		const root = body('<nav><a href="/x">x</a></nav><main id="main"><button>Revoke</button><button>Revoke</button></main>');
		expect(aroundControls(root, ['button']).id).toBe('main');
	});

	test('the root when nothing matches, or a control lies elsewhere in it', () => {
		const root = body('<header><input type="checkbox"></header><div><div><input type="checkbox"></div></div>');
		expect(aroundControls(root, ['[role="switch"]'])).toBe(root);
		expect(aroundControls(root, ['input[type="checkbox"]'])).toBe(root);
	});

	test('the first selector that finds controls decides; the rest are not asked', () => {
		const root = body('<div id="switches"><div><span role="switch"></span></div><div><span role="switch"></span></div></div><div id="boxes"><p><input type="checkbox"></p></div>');
		expect(aroundControls(root, ['tp-yt-paper-toggle-button', '[role="switch"]', 'input[type="checkbox"]']).id).toBe('switches');
	});

	test('a page of 20,000 controls in one list: the climb stops at the list', () => {
		const root = body(`<nav></nav><section id="page"><ul id="list">${'<li><input type="checkbox"></li>'.repeat(20_000)}</ul></section>`);
		expect(aroundControls(root, ['input[type="checkbox"]']).id).toBe('page');
	});
});

const risky = (site: string, pageKind: string) => listFixtures().find(fixture => fixture.site === site && fixture.pageKind === pageKind && fixture.name === 'risky')!;
const tiktok = risky('tiktok', 'settings-privacy');

/** The sample read after `change`, with the root of every walk of the page the reading made. */
function read(change: (document: Document) => void, fixture = tiktok) {
	const document = reloadDocument(fixture);
	change(document);
	const walked: Node[] = [];
	const createTreeWalker = document.createTreeWalker.bind(document);
	const spy = vi.spyOn(document, 'createTreeWalker').mockImplementation((root, ...rest) => {
		walked.push(root);
		return createTreeWalker(root, ...rest);
	});
	try {
		return {reading: extractPage(detectReadablePage(siteReaders, fixture.url)!, document), walked, document};
	} finally {
		spy.mockRestore();
	}
}

describe('a body root read around its controls', () => {
	test('inside the app shell, only the part around the switches is walked, and it reads as the bare page', () => {
		const bare = read(() => undefined);
		const grown = read(document => growRealistic(document, document.body, 'tiktok', {posts: 0, shellLinks: 400}));
		expect(grown.reading).toEqual(bare.reading);
		expect(grown.walked.length).toBeGreaterThan(0);
		expect(grown.walked).not.toContain(grown.document.body);
	});

	test('a row the switches\' part does not hold is read over the whole body, as before', () => {
		const bare = read(() => undefined);
		const moved = read(document => {
			const title = [...document.querySelectorAll('p')].find(p => p.textContent === 'Comments')!;
			document.body.append(title.closest('.tux-list-cell')!);
		});
		expect(bare.reading.observations.commentsAudience?.state).toBe('known');
		expect(moved.reading).toEqual(bare.reading);
		expect(moved.walked).toContain(moved.document.body);
	});
});

test('a channel\'s owner buttons outside its header are looked for over the whole body before the page is someone else\'s', () => {
	const channel = risky('youtube', 'channel-about');
	const bare = read(() => undefined, channel);
	const moved = read(document => {
		document.body.append(document.querySelector('a[aria-label="Customize channel"]')!.closest('yt-button-view-model')!);
	}, channel);
	expect(bare.reading.status).toBe('read');
	expect(moved.reading).toEqual(bare.reading);
	expect(moved.walked).toContain(moved.document.body);
	expect(bare.walked).not.toContain(bare.document.body);
});
