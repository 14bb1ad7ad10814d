import {JSDOM} from 'jsdom';
import {describe, expect, test} from 'vitest';
import {createPageContext} from '../content-scripts/extract-page.js';
import {identifyInstagram} from '../content-scripts/sites/instagram/identify.js';
import {labelsEn} from '../src/core/labels/instagram/en.js';
import {labelledSwitch} from '../content-scripts/sites/instagram/read-switches.js';
import {known, unknown} from '../src/core/model/observed.js';

// Tiny pages in the shape of platform-pages-2.md §2.2 and §5: a <label> row with the label text and
// an input[type=checkbox][role=switch]; everything else a real page has is left out.

function load(main: string, head = '') {
	const {document} = new JSDOM(`<!DOCTYPE html><html lang="en"><head>${head}</head><body><main role="main">${main}</main></body></html>`,
		{url: 'https://www.instagram.com/accounts/who_can_see_your_content/'}).window;
	return {document, context: createPageContext(document, labelsEn, document.querySelector('[role="main"]')!)};
}

const privateRow = (attributes: string) => `<label><span>Private account</span><input type="checkbox" role="switch"${attributes}></label>`;
const readPrivate = labelledSwitch('privateAccount');

describe('labelledSwitch', () => {
	test('aria-checked is the state (§2.2), even when the live .checked says otherwise', () => {
		const {document, context} = load(privateRow(' aria-label="Private account" aria-checked="true"'));
		document.querySelector('input')!.checked = false;
		expect(readPrivate(context)).toEqual(known(true));
	});

	test('without aria-checked, the live .checked property is read, not the checked attribute', () => {
		const {document, context} = load(privateRow(' aria-label="Private account" checked'));
		document.querySelector('input')!.checked = false;
		expect(readPrivate(context)).toEqual(known(false));
	});

	test('finds the switch by its aria-label alone, case-insensitively', () => {
		const {context} = load('<div><span>Account privacy</span><input type="checkbox" role="switch" aria-label="Private Account" aria-checked="false"></div>');
		expect(readPrivate(context)).toEqual(known(false));
	});

	test('finds the switch by its label text when it has no aria-label', () => {
		const {context} = load(privateRow(' aria-checked="true"'));
		expect(readPrivate(context)).toEqual(known(true));
	});

	test('two switches with the same name are not a value; none is element-missing', () => {
		const both = load(privateRow(' aria-label="Private account" aria-checked="true"') + privateRow(' aria-label="Private account" aria-checked="false"'));
		expect(readPrivate(both.context)).toEqual(unknown('unrecognized-value'));
		expect(readPrivate(load('<span>Private account</span>').context)).toEqual(unknown('element-missing'));
	});

	test('a label without its own switch never borrows a neighbour\'s', () => {
		const {context} = load('<div><div><span>Private account</span></div><div><span>Show Threads badge</span><input type="checkbox" role="switch" aria-label="Show Threads badge" aria-checked="true"></div></div>');
		expect(readPrivate(context)).toEqual(unknown('element-missing'));
	});

	// Found by the layout-drift fuzz (issue 17.6): with the neighbour's visible text gone, its switch
	// looked like the label's own; its aria-label still says whose it is.
	test('a switch named for another setting is never the label\'s, even with its visible text gone', () => {
		const {context} = load('<div><div><span>Private account</span></div><div><span></span><input type="checkbox" role="switch" aria-label="Show Threads badge" aria-checked="false"></div></div>');
		expect(readPrivate(context)).toEqual(unknown('element-missing'));
	});
});

describe('identifyInstagram', () => {
	const viewer = (data: string) => `<script type="application/json">{"require":[["ScheduledServerJS","handle",null,[{"__bbox":{"define":[["PolarisViewer",[],{"data":${data}},1508]]}}]]]}</script>`;
	const signedIn = viewer('{"id":"5551234567","username":"sam.placeholder"},"id":"5551234567"');
	const loginForm = '<form id="loginForm"><input name="username"><input name="password" type="password"></form>';

	test.each([
		['viewer data', signedIn, '', 'own'],
		['viewer data null', viewer('null'), '', 'logged-out'],
		['log-in form only', '', loginForm, 'logged-out'],
		['neither sign', '', '<span>Private account</span>', 'unsure'],
		['viewer data and a log-in form', signedIn, loginForm, 'unsure'],
	])('%s', (_, head, main, identity) => {
		expect(identifyInstagram(load(main, head).document, 'account')).toBe(identity);
	});
});
