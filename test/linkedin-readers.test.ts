import {JSDOM} from 'jsdom';
import {describe, expect, test} from 'vitest';
import {createPageContext} from '../content-scripts/extract-page.js';
import {contentRootOf} from '../content-scripts/define-site-readers.js';
import {identifyLinkedIn} from '../content-scripts/sites/linkedin/identify.js';
import {labelsEn} from '../src/core/labels/linkedin/en.js';
import {labelledSwitch, switchById} from '../content-scripts/sites/linkedin/read-switches.js';
import {discoveryChoice} from '../content-scripts/sites/linkedin/read-discovery-page.js';
import {discovery, emailVisibility, onOff} from '../content-scripts/sites/linkedin/read-visibility-rows.js';
import {known, unknown} from '../src/core/model/observed.js';

// Tiny pages in the shape of platform-pages-2.md §4.2 and §5: category rows `<a>title<br>value</a>`
// and `input[role="switch"]` named by aria-labelledby; everything else a real page has is left out.

function load(main: string, outside = '') {
	const {document} = new JSDOM(`<!DOCTYPE html><html lang="en"><body>${outside}<main>${main}</main></body></html>`,
		{url: 'https://www.linkedin.com/mypreferences/d/categories/profile-visibility'}).window;
	return {document, context: createPageContext(document, labelsEn, document.querySelector('main')!)};
}

const row = (title: string, value: string) => `<a href="#"><span>${title}</span><br><span>${value}</span></a>`;

describe('category rows', () => {
	test('the value is the last line that is not the title (§4.2 recipe), in either wording', () => {
		const {context} = load(row('Profile discovery using email address', 'Nobody') + row('Discoverability by phone number', '2nd-degree connections')
			+ row('Who can see or download your email address', '1st-degree connections') + row('Connections', 'Off'));
		expect(discovery('discoverByEmailRow')(context)).toEqual(known('only-me'));
		expect(discovery('discoverByPhoneRow')(context)).toEqual(known('friends-of-friends'));
		expect(emailVisibility(context)).toEqual(known('shown', 'friends'));
		expect(onOff('connectionsRow')(context)).toEqual(known(false));
	});

	test('"Anyone" and "Everyone" are both the widest discovery audience', () => {
		const {context} = load(row('Profile discovery using email address', 'Anyone') + row('Profile discovery using phone number', 'Everyone'));
		expect(discovery('discoverByEmailRow')(context)).toEqual(known('public'));
		expect(discovery('discoverByPhoneRow')(context)).toEqual(known('public'));
	});

	test('an unknown value, a row without a value, or two rows with one title are not read', () => {
		expect(discovery('discoverByEmailRow')(load(row('Profile discovery using email address', 'Some people')).context)).toEqual(unknown('unrecognized-value'));
		expect(onOff('connectionsRow')(load('<a href="#"><span>Who can see your connections</span></a>').context)).toEqual(unknown('element-missing'));
		const twice = row('Who can see your connections', 'On') + row('Who can see your connections', 'Off');
		expect(onOff('connectionsRow')(load(twice).context)).toEqual(unknown('element-missing'));
	});
});

describe('switches', () => {
	test('reads the live .checked property, not a stale checked attribute', () => {
		const {document, context} = load('<span id="allowLinkedInAudienceNetwork">Ads beyond LinkedIn</span><input type="checkbox" role="switch" aria-labelledby="allowLinkedInAudienceNetwork" checked>');
		document.querySelector('input')!.checked = false;
		expect(switchById('allowLinkedInAudienceNetwork')(context)).toEqual(known(false));
		expect(switchById('allowAdsByAge')(context)).toEqual(unknown('element-missing'));
	});

	test('a labelled switch is found through aria-labelledby, and a label never borrows a neighbour\'s switch', () => {
		const label = 'Use my data for training content creation AI models';
		const named = load(`<div><span id="l1">${label}</span></div><div><input type="checkbox" role="switch" aria-labelledby="l1" checked></div>`);
		expect(labelledSwitch('aiTraining')(named.context)).toEqual(known(true));
		const neighbour = load(`<div><div><span>${label}</span></div><div><span>Other setting</span><input type="checkbox" role="switch" checked></div></div>`);
		expect(labelledSwitch('aiTraining')(neighbour.context)).toEqual(unknown('element-missing'));
	});
});

describe('identifyLinkedIn', () => {
	const nav = '<header id="global-nav"><a href="https://www.linkedin.com/in/robin-example-0000/">View Profile</a></header>';
	const signIn = '<a href="https://www.linkedin.com/login">Sign in</a>';
	test('signed-in nav → own; sign-in link → logged out; both or neither → unsure', () => {
		expect(identifyLinkedIn(load('', nav).document, 'account')).toBe('own');
		expect(identifyLinkedIn(load('', signIn).document, 'account')).toBe('logged-out');
		expect(identifyLinkedIn(load('', nav + signIn).document, 'account')).toBe('unsure');
		expect(identifyLinkedIn(load('').document, 'account')).toBe('unsure');
		expect(identifyLinkedIn(load('', nav).document, 'profile')).toBe('unsure');
	});
});

describe('discovery pages (platform-pages-3.md §5.1–5.2: one radio per choice, the most private stored as JUST_ME)', () => {
	const page = (options: ReadonlyArray<readonly [string, string | undefined, boolean]>) => `<section><h1>Profile discovery using email address</h1><fieldset>${
		options.map(([wording, value, checked], index) => `<input type="radio" name="d" id="o${index}"${value === undefined ? '' : ` value="${value}"`}${checked ? ' checked' : ''}><label for="o${index}">${wording}</label>`).join('')}</fieldset></section>`;

	test('the selected option is read by its label, and the live choice, not the attribute, counts', () => {
		const {document, context} = load(page([['Everyone', 'EVERYONE', true], ['1st-degree connections', undefined, false], ['Nobody', 'JUST_ME', false]]));
		expect(discoveryChoice('discoverByEmailRow')(context)).toEqual(known('public'));
		(document.getElementById('o2') as HTMLInputElement).checked = true;
		expect(discoveryChoice('discoverByEmailRow')(context)).toEqual(known('only-me'));
		(document.getElementById('o1') as HTMLInputElement).checked = true;
		expect(discoveryChoice('discoverByEmailRow')(context)).toEqual(known('friends'));
	});

	test('JUST_ME that does not read "Nobody", or "Nobody" stored as something else, is couldn\'t check', () => {
		expect(discoveryChoice('discoverByEmailRow')(load(page([['Everyone', 'JUST_ME', true], ['Nobody', 'EVERYONE', false]])).context)).toEqual(unknown('unrecognized-value'));
		expect(discoveryChoice('discoverByEmailRow')(load(page([['Everyone', 'EVERYONE', false], ['Nobody', 'NOBODY', true]])).context)).toEqual(unknown('unrecognized-value'));
	});

	test('no choice selected, an unknown wording, or the phone page\'s question on the email reader: not read', () => {
		expect(discoveryChoice('discoverByEmailRow')(load(page([['Everyone', undefined, false], ['Nobody', undefined, false]])).context)).toEqual(unknown('unrecognized-value'));
		expect(discoveryChoice('discoverByEmailRow')(load(page([['Some people', undefined, true]])).context)).toEqual(unknown('unrecognized-value'));
		expect(discoveryChoice('discoverByPhoneRow')(load(page([['Everyone', undefined, true]])).context)).toEqual(unknown('element-missing'));
	});
});

test('the content root is the first selector of the site\'s list that matches, in the list\'s order, not the page\'s', () => {
	const {document} = new JSDOM('<!DOCTYPE html><body><div role="main" id="shell"></div><main id="content"></main></body>').window;
	expect(contentRootOf({contentRoot: 'main, [role="main"]'}, document)?.id).toBe('content');
	expect(contentRootOf({contentRoot: '[role="main"], main'}, document)?.id).toBe('shell');
	expect(contentRootOf({contentRoot: 'article, aside'}, document)).toBeNull();
});
