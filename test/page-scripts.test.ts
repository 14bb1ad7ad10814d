import {JSDOM} from 'jsdom';
import {expect, test, vi} from 'vitest';
import {readPinned} from '../content-scripts/dom/current-page-map.js';
import {pageScripts} from '../content-scripts/dom/page-scripts.js';
import {optionText} from '../content-scripts/read-radio-choice.js';

// The page's scripts are searched once per reading (identify and the readers share the answer), and
// asked afresh outside one, where the page may have changed.

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
