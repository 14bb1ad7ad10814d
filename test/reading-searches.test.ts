import {JSDOM} from 'jsdom';
import {expect, test, vi} from 'vitest';
import {readPinned} from '../content-scripts/dom/current-page-map.js';
import {pageScripts} from '../content-scripts/dom/page-scripts.js';
import {optionText} from '../content-scripts/read-radio-choice.js';

// Searches of the whole page a reading makes once, or not at all: the page's scripts once per reading
// (identify and the readers share the answer, asked afresh outside one, where the page may have
// changed), a radio's label next to it before the whole page, and no walk of the part read for a
// question about an element outside it.

test('one search of the page per reading; a script added after it is seen by the next reading', () => {
	const {document} = new JSDOM('<!DOCTYPE html><head><script>var a = 1;</script></head><body><script type="application/json" id="d">{}</script></body>').window;
	const search = vi.spyOn(document, 'getElementsByTagName');
	const inReading = readPinned(document, () => [pageScripts(document), pageScripts(document), pageScripts(document)]);
	expect(search).toHaveBeenCalledTimes(1);
	expect(inReading[0]).toBe(inReading[2]);
	expect(inReading[0]!.map(script => script.textContent)).toEqual(['var a = 1;', '{}']);

	document.body.insertAdjacentHTML('beforeend', '<script>var b = 2;</script>');
	expect(readPinned(document, () => pageScripts(document)).length).toBe(3);
	expect(pageScripts(document).length).toBe(3);
	expect(search).toHaveBeenCalledTimes(3);
});

test('another document\'s reading does not answer for this one', () => {
	const one = new JSDOM('<!DOCTYPE html><script>1</script>').window.document;
	const two = new JSDOM('<!DOCTYPE html><script>2</script><script>3</script>').window.document;
	expect(readPinned(one, () => [pageScripts(one).length, pageScripts(two).length])).toEqual([1, 2]);
});

test('a radio is named by its label: around it, pointing at it nearby, or pointing at it from anywhere', () => {
	const {document} = new JSDOM(`<!DOCTYPE html><body>
		<label id="far" for="r3">Only You</label>
		<div><label><input type="radio" id="r1"> Everyone</label></div>
		<div><div><input type="radio" id="r2"></div><label for="r2">Followers</label></div>
		<div><div><div><div><div><div><input type="radio" id="r3"></div></div></div></div></div></div>
		<div><input type="radio" id="r4"></div>
	</body>`).window;
	const name = (id: string) => optionText(document.getElementById(id)!);
	expect(name('r1')).toBe('everyone');
	expect(name('r2')).toBe('followers');
	expect(name('r3')).toBe('only you');
	expect(name('r4')).toBe('');
});

test('a question about an element outside the part read is answered without walking that part', async () => {
	const {pinScope} = await import('../content-scripts/dom/current-page-map.js');
	const {leadingText} = await import('../content-scripts/dom/element-text.js');
	const {positionKey} = await import('../content-scripts/dom/walk-page.js');
	const {document} = new JSDOM('<!DOCTYPE html><body><main><h1>Inside</h1></main><div role="dialog"><h3> Your   Profile </h3></div></body>').window;
	const main = document.querySelector('main')!;
	// The walk leaves each element's position on it: a part walked is a part whose elements carry one.
	const walked = (element: Element) => (element as Element & {[positionKey]?: number})[positionKey] !== undefined;
	readPinned(document, () => {
		pinScope(main, '');
		expect(leadingText(document.querySelector('h3')!)).toBe('your profile');
		expect(walked(main)).toBe(false);
		expect(leadingText(document.querySelector('h1')!)).toBe('inside');
		expect(walked(main)).toBe(true);
		// Once the part's map is built, an element outside it gets the DOM's answer as before.
		expect(leadingText(document.querySelector('h3')!)).toBe('your profile');
		expect(walked(document.querySelector('h3')!)).toBe(false);
	});
});
