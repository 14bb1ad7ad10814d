// @vitest-environment jsdom
import {afterEach, beforeEach, expect, test, vi} from 'vitest';
import {watchControls} from '../content-scripts/watch-controls.js';

beforeEach(() => {
	vi.useFakeTimers();
	document.body.innerHTML = '<div role="main"><label>Allow <input type="checkbox"></label><div role="button" aria-label="Edit privacy. Sharing with Public."></div></div><div id="outside"></div>';
});
afterEach(() => vi.useRealTimers());

const main = () => document.querySelector('[role="main"]')!;

test('a switch the user flips (only .checked changes) is noticed once, after the page settles', async () => {
	const onChange = vi.fn();
	watchControls(main(), onChange);
	const input = document.querySelector('input')!;
	input.checked = true;
	input.dispatchEvent(new Event('change', {bubbles: true}));
	input.dispatchEvent(new Event('change', {bubbles: true}));
	await vi.advanceTimersByTimeAsync(100);
	expect(onChange).not.toHaveBeenCalled();
	await vi.advanceTimersByTimeAsync(400);
	expect(onChange).toHaveBeenCalledTimes(1);
});

test('an audience the site re-renders (aria-label) is noticed', async () => {
	const onChange = vi.fn();
	watchControls(main(), onChange);
	document.querySelector('[role="button"]')!.setAttribute('aria-label', 'Edit privacy. Sharing with Only me.');
	await vi.advanceTimersByTimeAsync(500);
	expect(onChange).toHaveBeenCalledTimes(1);
});

test('a native input the user changes outside the main part (a settings dialog) is noticed too', async () => {
	const onChange = vi.fn();
	watchControls(main(), onChange);
	const dialog = document.createElement('div');
	dialog.setAttribute('role', 'dialog');
	const select = document.createElement('select');
	select.append(new Option('Public', 'public', true, true), new Option('Only you', 'self'));
	dialog.append(select);
	document.body.append(dialog);
	await vi.advanceTimersByTimeAsync(500);
	expect(onChange).not.toHaveBeenCalled();
	select.value = 'self';
	select.dispatchEvent(new Event('change', {bubbles: true}));
	await vi.advanceTimersByTimeAsync(500);
	expect(onChange).toHaveBeenCalledTimes(1);
});

test('changes outside the watched part, or after stopping, are ignored', async () => {
	const onChange = vi.fn();
	const stop = watchControls(main(), onChange);
	document.querySelector('#outside')!.setAttribute('aria-label', 'x');
	await vi.advanceTimersByTimeAsync(500);
	stop();
	document.querySelector('[role="button"]')!.setAttribute('aria-label', 'changed');
	document.querySelector('input')!.dispatchEvent(new Event('change', {bubbles: true}));
	await vi.advanceTimersByTimeAsync(500);
	expect(onChange).not.toHaveBeenCalled();
});
