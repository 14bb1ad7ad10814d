// @vitest-environment jsdom
import {afterEach, beforeEach, expect, test, vi} from 'vitest';
import {watchControls} from '../content-scripts/watch-controls.js';

beforeEach(() => {
	vi.useFakeTimers();
	document.body.innerHTML = '<div role="main"><label>Allow <input type="checkbox"></label><div role="button" aria-label="Edit privacy. Sharing with Public."></div></div><div id="outside"></div>';
});
afterEach(() => vi.useRealTimers());

const main = () => document.querySelector('[role="main"]')!;
const audience = () => document.querySelector('[role="button"]')!;

// jsdom's events are never trusted (a browser's are when the user acts): the user's own events are
// stood for by a mark this test sets, and the real check (event.isTrusted) is proved separately.
const byUser = new WeakSet<Event>();
const user = (event: Event): Event => {
	byUser.add(event);
	return event;
};

const isUserEvent = (event: Event) => byUser.has(event);
const watch = (onChange: () => void) => watchControls(main(), onChange, {isUserEvent});

/** What a browser sends when the user picks a value: the gesture, then the change. */
const userChanges = (element: Element) => {
	element.dispatchEvent(user(new MouseEvent('click', {bubbles: true})));
	element.dispatchEvent(user(new Event('change', {bubbles: true})));
};

test('a switch the user flips (only .checked changes) is noticed once, after the page settles', async () => {
	const onChange = vi.fn();
	watch(onChange);
	const input = document.querySelector('input')!;
	input.checked = true;
	userChanges(input);
	userChanges(input);
	await vi.advanceTimersByTimeAsync(100);
	expect(onChange).not.toHaveBeenCalled();
	await vi.advanceTimersByTimeAsync(400);
	expect(onChange).toHaveBeenCalledTimes(1);
});

test('an audience the site re-renders (aria-label) after the user\'s click is noticed', async () => {
	const onChange = vi.fn();
	watch(onChange);
	document.querySelector('#outside')!.dispatchEvent(user(new MouseEvent('click', {bubbles: true})));
	audience().setAttribute('aria-label', 'Edit privacy. Sharing with Only me.');
	await vi.advanceTimersByTimeAsync(500);
	expect(onChange).toHaveBeenCalledTimes(1);
});

test('a native input the user changes outside the main part (a settings dialog) is noticed too', async () => {
	const onChange = vi.fn();
	watch(onChange);
	const dialog = document.createElement('div');
	dialog.setAttribute('role', 'dialog');
	const select = document.createElement('select');
	select.append(new Option('Public', 'public', true, true), new Option('Only you', 'self'));
	dialog.append(select);
	document.body.append(dialog);
	await vi.advanceTimersByTimeAsync(500);
	expect(onChange).not.toHaveBeenCalled();
	select.value = 'self';
	userChanges(select);
	await vi.advanceTimersByTimeAsync(500);
	expect(onChange).toHaveBeenCalledTimes(1);
});

test('changes outside the watched part, or after stopping, are ignored', async () => {
	const onChange = vi.fn();
	const stop = watch(onChange);
	main().dispatchEvent(user(new MouseEvent('click', {bubbles: true})));
	document.querySelector('#outside')!.setAttribute('aria-label', 'x');
	await vi.advanceTimersByTimeAsync(500);
	stop();
	audience().setAttribute('aria-label', 'changed');
	userChanges(document.querySelector('input')!);
	await vi.advanceTimersByTimeAsync(500);
	expect(onChange).not.toHaveBeenCalled();
});

test('with the real check, a page script\'s events read nothing again, not even the trusted change of a scripted click()', async () => {
	const onChange = vi.fn();
	watchControls(main(), onChange);
	const input = document.querySelector('input')!;
	input.checked = true;
	input.dispatchEvent(new MouseEvent('click', {bubbles: true}));
	input.dispatchEvent(new Event('change', {bubbles: true}));
	input.click();
	audience().setAttribute('aria-label', 'Edit privacy. Sharing with Only me.');
	await vi.advanceTimersByTimeAsync(60_000);
	expect(onChange).not.toHaveBeenCalled();
});

test('the site\'s own mutations, however many, read nothing again without a user gesture', async () => {
	const onChange = vi.fn();
	watch(onChange);
	for (let tick = 0; tick < 600; tick++) {
		audience().setAttribute('aria-label', `Edit privacy. Sharing with ${tick % 2 === 0 ? 'Public' : 'Only me'}.`);
		main().append(document.createElement('div'));
		await vi.advanceTimersByTimeAsync(1000);
	}

	expect(onChange).not.toHaveBeenCalled();
});

test('a gesture arms the watch for a while only: a re-render long after it is not the user\'s', async () => {
	const onChange = vi.fn();
	watch(onChange);
	main().dispatchEvent(user(new KeyboardEvent('keydown', {key: ' ', bubbles: true})));
	await vi.advanceTimersByTimeAsync(30_000);
	audience().setAttribute('aria-label', 'Edit privacy. Sharing with Only me.');
	await vi.advanceTimersByTimeAsync(1000);
	expect(onChange).not.toHaveBeenCalled();
});

test('a mutation flood right after a gesture is read once, when it settles', async () => {
	const onChange = vi.fn();
	watch(onChange);
	main().dispatchEvent(user(new MouseEvent('click', {bubbles: true})));
	for (let tick = 0; tick < 80; tick++) {
		audience().setAttribute('aria-label', `Edit privacy. Sharing with ${tick}.`);
		await vi.advanceTimersByTimeAsync(100);
	}

	await vi.advanceTimersByTimeAsync(60_000);
	expect(onChange).toHaveBeenCalledTimes(1);
});

test('re-reads stay within ten a minute however often the user changes things, and the last change is still read', async () => {
	const onChange = vi.fn();
	watch(onChange);
	const input = document.querySelector('input')!;
	const perMinute: number[] = [];
	for (let minute = 0; minute < 3; minute++) {
		const before = onChange.mock.calls.length;
		for (let second = 0; second < 60; second++) {
			userChanges(input);
			await vi.advanceTimersByTimeAsync(1000);
		}

		perMinute.push(onChange.mock.calls.length - before);
	}

	expect(Math.max(...perMinute)).toBeLessThanOrEqual(10);
	const afterBurst = onChange.mock.calls.length;
	await vi.advanceTimersByTimeAsync(60_000);
	// The change made last, while over budget, is read once there is room again.
	expect(onChange.mock.calls.length).toBe(afterBurst + 1);
	await vi.advanceTimersByTimeAsync(120_000);
	expect(onChange.mock.calls.length).toBe(afterBurst + 1);
});

test('a change event alone, without the gesture a user makes first, reads nothing again', async () => {
	const onChange = vi.fn();
	watch(onChange);
	document.querySelector('input')!.dispatchEvent(user(new Event('change', {bubbles: true})));
	await vi.advanceTimersByTimeAsync(1000);
	expect(onChange).not.toHaveBeenCalled();
});
