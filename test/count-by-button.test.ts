import {JSDOM} from 'jsdom';
import {afterEach, describe, expect, test} from 'vitest';
import {countByButton, type EntryButton} from '../content-scripts/count-by-button.js';
import {controlFound} from '../content-scripts/dom/find-row.js';
import {showsEmptyList} from '../content-scripts/empty-list-count.js';
import {createPageContext} from '../content-scripts/extract-page.js';
import {connectedAppCount} from '../content-scripts/sites/strava/read-apps.js';
import {labelsEn as stravaLabels} from '../src/core/labels/strava/en.js';
import {known, unknown} from '../src/core/model/observed.js';

// A list counted by each entry's one button (Strava's "Revoke Access", LinkedIn's "Remove", Google's
// "See details"), else 0 only when the page says the list is empty.

const main = (html: string): Element => {
	const {document} = new JSDOM(`<main>${html}</main>`).window;
	return document.querySelector('main')!;
};

const remove: EntryButton = {selector: 'button, [role="button"]', wordings: ['remove']};
const emptyWords = ['you have no services.'];
const count = (html: string, button: EntryButton = remove) => {
	const root = main(html);
	return countByButton(root, button, () => showsEmptyList(root, emptyWords));
};

afterEach(() => {
	controlFound.listener = undefined;
});

describe('countByButton', () => {
	test('one per button named by the wording (aria-label first, else text), in comparison form', () => {
		expect(count('<button>Remove</button><div role="button">  REMOVE </div><button>Learn more</button>')).toEqual(known(2));
		expect(count('<button aria-label="Remove">×</button><button aria-label="Close">Remove</button>')).toEqual(known(1));
		expect(count('<span>Remove</span><a href="/x">Remove</a>')).toEqual(unknown('element-missing'));
	});

	test('none: 0 only when the empty-list sentence is shown, else unknown; the sentence is not asked when there are buttons', () => {
		expect(count('<p>You have no services.</p>')).toEqual(known(0));
		expect(count('<h1>Permitted services</h1>')).toEqual(unknown('element-missing'));
		let asked = false;
		expect(countByButton(main('<button>Remove</button>'), remove, () => {
			asked = true;
			return true;
		})).toEqual(known(1));
		expect(asked).toBe(false);
	});

	test('the whole name must be the wording, unless startsWith lets an entry\'s name follow it', () => {
		const html = '<button>Remove Example Calendar</button><button>Removed</button><button aria-label="remove   it">x</button>';
		expect(count(html)).toEqual(unknown('element-missing'));
		expect(count(html, {...remove, startsWith: true})).toEqual(known(2));
	});

	test('outermost: a button inside another control is that entry\'s, counted once', () => {
		const html = '<a href="/a" aria-label="See details"><span role="button">See details</span></a><div role="button">Menu <button>See details</button></div>';
		const button: EntryButton = {selector: 'a[href], [role="button"], button', wordings: ['see details']};
		expect(count(html, button)).toEqual(known(3));
		expect(count(html, {...button, outermost: true})).toEqual(known(1));
	});

	test('name: the site\'s own reading of a button (a submit input\'s value)', () => {
		const button: EntryButton = {selector: 'button, input[type="submit"]', wordings: ['revoke access'],
			name: control => control.matches('input') ? (control as HTMLInputElement).value.trim().toLowerCase() : control.textContent!.trim().toLowerCase()};
		expect(count('<input type="submit" value="Revoke Access"><button>Revoke access</button>', button)).toEqual(known(2));
		expect(count('<input type="submit" value="Revoke Access">')).toEqual(unknown('element-missing'));
	});

	test('"Show me" rings the first entry\'s button', () => {
		const rung: Element[] = [];
		controlFound.listener = element => rung.push(element);
		expect(count('<button id="first">Remove</button><button id="second">Remove</button>')).toEqual(known(2));
		expect(rung.map(element => element.id)).toEqual(['first']);
	});

	test('hostile lists: thousands of entries, duplicate and look-alike names', () => {
		const entries = Array.from({length: 2000}, (_, index) => `<li>App ${index} <button aria-label="Remove App ${index}">Remove</button><button>Remove all</button></li>`).join('');
		expect(count(entries, {...remove, startsWith: true})).toEqual(known(4000));
		expect(count(entries)).toEqual(unknown('element-missing'));
		expect(count('<button>Remove</button>'.repeat(3) + '<button>remove\u00A0</button><button>Remove\nthis</button>')).toEqual(known(4));
	});
});

test('Strava\'s apps: an input drawn inside an SVG has no value and is named by its text, never a reader that throws', () => {
	const root = main('<div><h3>Example Watch Sync</h3><input type="submit" value="Revoke Access"></div><div><svg><input role="button"></input></svg></div>'
		+ '<div><svg><input role="button">Revoke Access</input></svg></div>');
	expect(root.querySelector('svg input')!.namespaceURI).toBe('http://www.w3.org/2000/svg');
	expect(connectedAppCount(createPageContext(root.ownerDocument, stravaLabels, root))).toEqual(known(2));
});
