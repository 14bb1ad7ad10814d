import {JSDOM} from 'jsdom';
import {describe, expect, test} from 'vitest';
import {readSwitch, readSwitchStrictly, type SwitchSignals} from '../content-scripts/dom/read-switch.js';

// The two ways a toggle's state is read: readSwitch takes the first signal it finds; readSwitchStrictly
// reads every signal the site's switches give and answers only when they agree.

const {document} = new JSDOM('').window;

/** The first element of `html`; `live` sets its `.checked` property, which the attribute does not follow. */
function element(html: string, live?: boolean): Element {
	const host = document.createElement('div');
	host.innerHTML = html;
	const found = host.firstElementChild!;
	if (live !== undefined) {
		(found as HTMLInputElement).checked = live;
	}

	return found;
}

const strictly = (html: string, signals?: SwitchSignals, live?: boolean) => readSwitchStrictly(element(html, live), signals);

describe('readSwitchStrictly', () => {
	test('aria-checked alone, and a native checkbox by its live .checked, never its attribute', () => {
		expect(strictly('<div role="switch" aria-checked="true"></div>')).toBe(true);
		expect(strictly('<div role="switch" aria-checked="false"></div>')).toBe(false);
		expect(strictly('<input type="checkbox" checked>', {}, false)).toBe(false);
		expect(strictly('<input type="checkbox">', {}, true)).toBe(true);
	});

	test('signals that disagree are not vouched for; agreeing ones are', () => {
		expect(strictly('<input type="checkbox" aria-checked="true">', {}, false)).toBeUndefined();
		expect(strictly('<input type="checkbox" aria-checked="false">', {}, true)).toBeUndefined();
		expect(strictly('<input type="checkbox" aria-checked="true">', {}, true)).toBe(true);
		expect(strictly('<input type="checkbox" aria-checked="false">', {}, false)).toBe(false);
	});

	test('no signal, or an ARIA value that says nothing, is undefined; the other signal then answers alone', () => {
		expect(strictly('<div role="switch"></div>')).toBeUndefined();
		expect(strictly('<div role="switch" aria-checked="mixed"></div>')).toBeUndefined();
		expect(strictly('<input type="checkbox" aria-checked="mixed">', {}, true)).toBe(true);
		expect(strictly('<input type="radio" aria-checked="true">', {}, false)).toBe(true);
		expect(strictly('<input type="text" aria-checked="false">')).toBe(false);
	});

	test('inputInside: the first checkbox inside a wrapper, which must agree with the wrapper', () => {
		const wrapper = '<div role="switch" aria-checked="true"><input type="checkbox"><input type="checkbox" checked></div>';
		expect(strictly(wrapper)).toBe(true);
		expect(strictly(wrapper, {inputInside: true})).toBeUndefined();
		expect(strictly('<div role="switch"><span><input type="checkbox" checked></span></div>', {inputInside: true})).toBe(true);
		expect(strictly('<div role="switch"><input type="text"></div>', {inputInside: true})).toBeUndefined();
	});

	test('ariaPressed: a toggle button\'s aria-pressed, which must agree with aria-checked', () => {
		expect(strictly('<button aria-pressed="true"></button>')).toBeUndefined();
		expect(strictly('<button aria-pressed="true"></button>', {ariaPressed: true})).toBe(true);
		expect(strictly('<button aria-pressed="false" aria-checked="true"></button>', {ariaPressed: true})).toBeUndefined();
		expect(strictly('<button aria-pressed="mixed" aria-checked="false"></button>', {ariaPressed: true})).toBe(false);
	});

	test('hostChecked absentIsOff: the named element\'s checked attribute, present on and absent off', () => {
		const signals: SwitchSignals = {hostChecked: {of: 'paper-toggle', absentIsOff: true}};
		expect(strictly('<paper-toggle checked></paper-toggle>')).toBeUndefined();
		expect(strictly('<paper-toggle checked></paper-toggle>', signals)).toBe(true);
		expect(strictly('<paper-toggle></paper-toggle>', signals)).toBe(false);
		expect(strictly('<paper-toggle aria-checked="true"></paper-toggle>', signals)).toBeUndefined();
		expect(strictly('<div role="switch" checked></div>', signals)).toBeUndefined();
		// A native input's checked attribute can be stale: never read as a host's.
		expect(strictly('<input type="checkbox" checked>', {hostChecked: {absentIsOff: true}}, false)).toBe(false);
	});

	test('hostChecked without absentIsOff: present is on, absent says nothing', () => {
		const signals: SwitchSignals = {hostChecked: {absentIsOff: false}};
		expect(strictly('<x-switch checked></x-switch>', signals)).toBe(true);
		expect(strictly('<x-switch></x-switch>', signals)).toBeUndefined();
		expect(strictly('<x-switch aria-checked="true"></x-switch>', signals)).toBe(true);
		expect(strictly('<x-switch aria-checked="false"></x-switch>', signals)).toBe(false);
		expect(strictly('<x-switch aria-checked="false" checked></x-switch>', signals)).toBeUndefined();
	});

	test('inputAlone: a native checkbox or radio by .checked whatever its ARIA says; another input is no switch', () => {
		expect(strictly('<input type="checkbox" aria-checked="true">', {inputAlone: true}, false)).toBe(false);
		expect(strictly('<input type="radio" aria-checked="false">', {inputAlone: true}, true)).toBe(true);
		expect(strictly('<input type="text" aria-checked="true">', {inputAlone: true})).toBeUndefined();
		expect(strictly('<div role="radio" aria-checked="true"></div>', {inputAlone: true})).toBe(true);
	});

	test('strictAria: an ARIA state of another value is unreadable, even beside a signal that answers', () => {
		expect(strictly('<input type="checkbox" aria-checked="mixed">', {strictAria: true}, true)).toBeUndefined();
		expect(strictly('<x-switch aria-checked="" checked></x-switch>', {strictAria: true, hostChecked: {absentIsOff: false}})).toBeUndefined();
		expect(strictly('<button aria-pressed="mixed" aria-checked="true"></button>', {strictAria: true, ariaPressed: true})).toBeUndefined();
		expect(strictly('<button aria-pressed="mixed" aria-checked="true"></button>', {strictAria: true})).toBe(true);
	});
});

describe('readSwitch', () => {
	test('the first signal it finds, with no disagreement check', () => {
		expect(readSwitch(element('<input type="checkbox" aria-checked="true">', false))).toBe(false);
		expect(readSwitch(element('<div role="switch" aria-checked="true"><input type="checkbox"></div>'))).toBe(true);
		expect(readSwitch(element('<div role="switch"><input type="checkbox" checked></div>'))).toBe(true);
		expect(readSwitch(element('<div role="switch" aria-checked="mixed"></div>'))).toBeUndefined();
	});
});
