import {matchesInside} from './inside.js';

/** The element as a native input of its own window, the only kind whose `.checked` is live. */
function nativeInput(element: Element): HTMLInputElement | undefined {
	const view = element.ownerDocument.defaultView;
	return view && element instanceof view.HTMLInputElement ? element : undefined;
}

/**
 * The live state of a toggle. Reads the `.checked` property first: React updates only the
 * property after mount, so the `checked` attribute can be stale (platform-pages.md §0.1).
 * Returns undefined when the element is not a toggle we can read.
 */
export function readSwitch(element: Element): boolean | undefined {
	const input = nativeInput(element);
	if (input && (input.type === 'checkbox' || input.type === 'radio')) {
		return input.checked;
	}

	const aria = element.getAttribute('aria-checked');
	if (aria === 'true') {
		return true;
	}

	if (aria === 'false') {
		return false;
	}

	// A role="switch" wrapper around a hidden native checkbox (the first, as querySelector would).
	const inner = matchesInside(element, 'input[type="checkbox"]', 1)[0];
	return inner ? readSwitch(inner) : undefined;
}

/** What a site's switches give besides `aria-checked` and a native checkbox's `.checked`, and how strictly they are read. */
export type SwitchSignals = {
	/** Also the first native checkbox inside the element: a `role="switch"` wrapper around a hidden input (TikTok). */
	readonly inputInside?: boolean;
	/** Also `aria-pressed`: a switch drawn as a toggle button (YouTube). */
	readonly ariaPressed?: boolean;
	/**
	 * Also the boolean `checked` attribute of a custom element, which reflects its state there (never
	 * a native input's, which can be stale). `of`: only on elements of this local name; `absentIsOff`:
	 * whether its absence says off (Polymer's toggle) or nothing (a host that may carry only aria-checked).
	 */
	readonly hostChecked?: {readonly of?: string; readonly absentIsOff: boolean};
	/** A native input is read by its `.checked` alone, a radio's too; any other input is no switch (Reddit). */
	readonly inputAlone?: boolean;
	/** An ARIA state other than "true" or "false" ("mixed") is unreadable rather than silent (Reddit). */
	readonly strictAria?: boolean;
};

/**
 * A toggle's state from every signal it gives (`aria-checked`, a native checkbox's `.checked`, and
 * the site's `signals`), for pages where a stale or half-rendered switch is likely: signals that
 * disagree, or no signal at all, give undefined, because a state we cannot vouch for must not be read
 * as on or off.
 */
export function readSwitchStrictly(element: Element, signals: SwitchSignals = {}): boolean | undefined {
	const input = nativeInput(element);
	if (signals.inputAlone && input) {
		return input.type === 'checkbox' || input.type === 'radio' ? input.checked : undefined;
	}

	const states = new Set<boolean>();
	for (const name of signals.ariaPressed ? ['aria-checked', 'aria-pressed'] : ['aria-checked']) {
		const value = element.getAttribute(name);
		if (value === 'true' || value === 'false') {
			states.add(value === 'true');
		} else if (value !== null && signals.strictAria) {
			return undefined;
		}
	}

	// The element itself when it is a checkbox, else (inputInside) the first one inside: only that one.
	const checkbox = element.matches('input[type="checkbox"]') ? element
		: signals.inputInside ? element.querySelector('input[type="checkbox"]') : null;
	const box = checkbox ? nativeInput(checkbox) : undefined;
	if (box) {
		states.add(box.checked);
	}

	const {hostChecked} = signals;
	if (hostChecked && !input && (hostChecked.of === undefined || element.localName === hostChecked.of)) {
		if (element.hasAttribute('checked')) {
			states.add(true);
		} else if (hostChecked.absentIsOff) {
			states.add(false);
		}
	}

	return states.size === 1 ? [...states][0] : undefined;
}
