// @vitest-environment jsdom
import {beforeEach, expect, test} from 'vitest';
import {showCallout} from '../content-scripts/show-me/callout.js';

// Closing the callout (its button or Escape) hands the keyboard to the control it pointed at; it
// never changes that control.
const text = {title: 'Overshare: change this setting', steps: ['Turn it off.'], dismiss: 'Dismiss', notFound: "Overshare couldn't find this setting", checkup: 'Checkup', checkupUrl: 'https://example.invalid/'};

beforeEach(() => {
	// jsdom has no layout: scrolling is a no-op here.
	Element.prototype.scrollIntoView ??= () => undefined;
	document.body.textContent = '';
	const label = document.createElement('label');
	label.append('Let people find you', Object.assign(document.createElement('input'), {type: 'checkbox', checked: true}));
	document.body.append(label);
});

const control = () => document.querySelector('input')!;
const button = (host: HTMLElement) => host.shadowRoot!.querySelector('button')!;

test('Dismiss closes it and puts focus on the control, unchanged', () => {
	const host = showCallout(document, control(), text);
	expect(host.shadowRoot!.activeElement).toBe(button(host));
	button(host).click();
	expect(host.isConnected).toBe(false);
	expect(document.activeElement).toBe(control());
	expect(control().checked).toBe(true);
});

test('Escape does the same', () => {
	const host = showCallout(document, control(), text);
	button(host).dispatchEvent(new KeyboardEvent('keydown', {key: 'Escape', bubbles: true, composed: true}));
	expect(host.isConnected).toBe(false);
	expect(document.activeElement).toBe(control());
});

test('with no control found, closing it just closes it', () => {
	const host = showCallout(document, undefined, text);
	expect(host.getAttribute('data-overshare-callout')).toBe('not-found');
	button(host).click();
	expect(host.isConnected).toBe(false);
	expect(document.activeElement).toBe(document.body);
});
