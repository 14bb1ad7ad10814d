// Whose control a label's row search lands on (content-scripts/dom/find-row.ts ownsControl). The two
// refusals below were found by the layout-drift fuzz (issue 17.6); each case is read inside a reading
// (its pinned page map) and outside one (the map kept between readings), which must answer the same.
import {JSDOM} from 'jsdom';
import {describe, expect, test} from 'vitest';
import {bySelector, findRowControl, ownsControl} from '../content-scripts/dom/find-row.js';
import {readPinned} from '../content-scripts/dom/current-page-map.js';

const switches = bySelector('[role="switch"], input[type="checkbox"]');

function owns(html: string, pinned: boolean): boolean {
	const {document} = new JSDOM(`<!DOCTYPE html><body>${html}</body>`).window;
	const read = () => {
		const label = [...document.querySelectorAll('span, p')].find(element => element.textContent === 'Private account')!;
		const control = findRowControl(label, switches);
		return control !== undefined && ownsControl(label, control);
	};

	return pinned ? readPinned(document, read) : read();
}

describe.each([true, false])('ownsControl (inside a reading: %s)', pinned => {
	test('a row of question, help text and switch is the question\'s', () => {
		expect(owns('<div><div><span>Private account</span><span>Only people you approve.</span></div><div><input type="checkbox" role="switch"></div></div>', pinned)).toBe(true);
	});

	test('not when the box they share holds another row\'s title beside them', () => {
		expect(owns('<div><div><span>Private account</span></div><div><span>Renamed setting</span></div><div><input type="checkbox" role="switch"></div></div>', pinned)).toBe(false);
	});

	test('not when the question\'s own branch holds its own control (a "Change" button): a far switch is another\'s', () => {
		expect(owns('<div><div><div><p>Private account</p></div><div><button>Change</button></div></div><div><div role="switch" aria-checked="true"></div></div></div>', pinned)).toBe(false);
	});
});
