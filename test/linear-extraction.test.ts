import {JSDOM} from 'jsdom';
import {attachDeclaredShadowRoots} from '../src/cli/parse-page.js';
import {describe, expect, test} from 'vitest';
import {detectReadablePage} from '../content-scripts/detect-readable-page.js';
import {extractPage, labelsFor} from '../content-scripts/extract-page.js';
import {siteReaders} from '../content-scripts/sites/index.js';
import {countDomWork} from './dom-work.js';
import {listFixtures} from './fixtures.js';
import {allWordings, shapeNames, shapes, type ShapeName} from './hostile-pages.js';

// Extraction must cost about one walk of the page, whatever the page's shape. Measured as DOM work
// (test/dom-work.ts: deterministic counts, not time), on each page kind's risky sample grown by a
// hostile shape of size n and 4n: the work the shape adds must grow at most linearly. A step that
// reads a parent's text per child, compares candidates pairwise or climbs from every label to the
// top grows 16-fold instead.

const size = 150;
const growth = 4;
/** Room for the few steps that do not scale with the shape (a binary search's depth, a fixed climb). */
const slack = 1.15;

const samples = listFixtures().filter(fixture => fixture.name === 'risky');

type Page = {document: Document; intact: Element; counter: ReturnType<typeof countDomWork>};

/**
 * One window per sample, not per measurement (a JSDOM parse costs several times the extraction it
 * measures, and the file made ~600 of them): its tree as parsed, kept to be restored before each
 * measurement, and the window's work counter, instrumented once (for good) and reset.
 */
let current: {fixture: typeof samples[number]; page: Page} | undefined;

function pageOf(fixture: typeof samples[number]): Page {
	if (current?.fixture !== fixture) {
		const {window} = new JSDOM(fixture.html, {url: fixture.url});
		// Cloned before its declared shadow roots are attached (a clone leaves attached ones behind), and attached on each restore.
		const intact = window.document.documentElement.cloneNode(true) as Element;
		current = {fixture, page: {document: window.document, intact, counter: countDomWork(window as unknown as Window & typeof globalThis)}};
	}

	return current.page;
}

/** DOM work of one extraction of the sample with the shape added at `shapeSize` (0: none). */
function workOf(fixture: typeof samples[number], shape: ShapeName, shapeSize: number): {work: number; status: string} {
	const {document, intact, counter} = pageOf(fixture);
	document.replaceChild(intact.cloneNode(true), document.documentElement);
	attachDeclaredShadowRoots(document);
	const detected = detectReadablePage(siteReaders, fixture.url)!;
	const root = document.querySelector(detected.siteReaders.contentRoot)!;
	if (shapeSize > 0) {
		shapes[shape](document, root, shapeSize, allWordings(labelsFor(detected.siteReaders, document) ?? {}));
	}

	// Only the extraction counts: restoring the page and building the shape went through the counted calls too.
	counter.reset();
	const reading = extractPage(detected, document);
	return {work: counter.work, status: reading.status};
}

describe.each(samples.map(fixture => [`${fixture.site}/${fixture.pageKind}`, fixture] as const))('%s', (_, fixture) => {
	// The sample without any shape, measured once for all its shapes.
	let unshaped: {work: number; status: string} | undefined;
	test.each(shapeNames)('the work a %s shape adds grows linearly with it', shape => {
		const base = unshaped ??= workOf(fixture, shape, 0);
		const small = workOf(fixture, shape, size);
		const large = workOf(fixture, shape, size * growth);
		expect(base.status).toBe('read');
		const added = (measured: {work: number}) => Math.max(0, measured.work - base.work);
		expect(added(large), `work added: ${added(small)} at ${size}, ${added(large)} at ${size * growth}`)
			.toBeLessThanOrEqual(growth * slack * added(small) + 64);
	}, 60_000); // Counts, not time: a loaded machine may take a while to build the pages.
});

test('the counter sees a quadratic step: a parent\'s text read once per child', () => {
	const {window} = new JSDOM('<div></div>');
	const counter = countDomWork(window as unknown as Window & typeof globalThis);
	const readAll = (children: number) => {
		const box = window.document.createElement('div');
		for (let index = 0; index < children; index++) {
			box.append(window.document.createTextNode('x'), window.document.createElement('i'));
		}

		counter.reset();
		for (const node of [...box.childNodes]) {
			void node.parentNode!.textContent;
		}

		return counter.work;
	};

	expect(readAll(4 * size)).toBeGreaterThan(growth * slack * readAll(size));
}, 60_000);
