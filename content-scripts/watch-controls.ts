import {openShadowRoots} from './dom/shadow-roots.js';

export type WatchOptions = {
	/**
	 * Whether an event is the user's own. A page's script can dispatch `change` or `click` events
	 * at will; only the browser's own (event.isTrusted) come from the user. Tests pass their own,
	 * since a test's events are never trusted.
	 */
	isUserEvent?: (event: Event) => boolean;
};

/** Quiet time after the last change before the page is read again: one re-read per user action. */
const settleMs = 400;
/** How long after the user's click or key press the site's re-render of a control is awaited. */
const armedMs = 10_000;
/** Re-reads allowed in any minute; past that, the next waits for the oldest to leave the minute. */
const maxReadsPerMinute = 10;
const minuteMs = 60_000;

/** The user's gestures that can change a control: a change follows one, and a site's re-render too. */
const gestures = ['pointerdown', 'click', 'keydown'] as const;

/**
 * Calls `onChange` (debounced) when the user changes a control. For a while after the user's own
 * click or key press: a native input's change anywhere on the page (its `.checked` or selected
 * option changes no attribute, hence the change listener), and attribute changes a site makes to
 * its switches and buttons inside `root`, or new rows there. Inputs are heard page-wide because a
 * site's settings dialog can sit outside its main region (X's "Edit profile").
 *
 * Only the user's own gestures arm the watch (`isUserEvent`): a page that dispatches events, or
 * calls a checkbox's click() (whose change event the browser marks trusted), or mutates its DOM
 * on a timer, gets no re-read; and the DOM is observed only in the moments after a gesture, so a
 * mutation flood costs nothing otherwise. Re-reads are at most `maxReadsPerMinute` in any minute
 * whatever happens. Returns the function that stops watching.
 */
export function watchControls(root: Element, onChange: () => void, {isUserEvent = event => event.isTrusted}: WatchOptions = {}): () => void {
	const page = root.ownerDocument;
	const reads: number[] = [];
	let timer: ReturnType<typeof setTimeout> | undefined;
	let disarm: ReturnType<typeof setTimeout> | undefined;
	let observing = false;

	const read = () => {
		timer = undefined;
		const now = Date.now();
		while (reads.length > 0 && now - reads[0]! >= minuteMs) {
			reads.shift();
		}

		if (reads.length >= maxReadsPerMinute) {
			// Over budget: the latest change is still read, once the minute has room.
			timer = setTimeout(read, reads[0]! + minuteMs - now);
			return;
		}

		reads.push(now);
		onChange();
	};

	const changed = () => {
		// A re-read already waiting for budget will read this change too.
		if (timer !== undefined && reads.length >= maxReadsPerMinute) {
			return;
		}

		clearTimeout(timer);
		timer = setTimeout(read, settleMs);
	};

	const observer = new (page.defaultView?.MutationObserver ?? MutationObserver)(changed);
	const stopObserving = () => {
		observer.disconnect();
		observing = false;
	};

	const onGesture = (event: Event) => {
		if (!isUserEvent(event)) {
			return;
		}

		if (!observing) {
			// The page and the open shadow roots in it (Reddit's switches live in them): an observer sees into neither's inside from the other.
			for (const target of [root, ...openShadowRoots(root)]) {
				observer.observe(target, {subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['aria-checked', 'aria-label', 'aria-selected', 'checked', 'value']});
			}

			observing = true;
		}

		clearTimeout(disarm);
		disarm = setTimeout(stopObserving, armedMs);
	};

	const onInput = (event: Event) => {
		if (observing && isUserEvent(event)) {
			changed();
		}
	};

	for (const type of gestures) {
		page.addEventListener(type, onGesture, true);
	}

	page.addEventListener('change', onInput, true);
	return () => {
		clearTimeout(timer);
		clearTimeout(disarm);
		stopObserving();
		for (const type of gestures) {
			page.removeEventListener(type, onGesture, true);
		}

		page.removeEventListener('change', onInput, true);
	};
}
