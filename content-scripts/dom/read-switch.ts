import {matchesInside} from './inside.js';

/**
 * The live state of a toggle. Reads the `.checked` property first: React updates only the
 * property after mount, so the `checked` attribute can be stale (platform-pages.md §0.1).
 * Returns undefined when the element is not a toggle we can read.
 */
export function readSwitch(element: Element): boolean | undefined {
	const view = element.ownerDocument.defaultView;
	if (view && element instanceof view.HTMLInputElement && (element.type === 'checkbox' || element.type === 'radio')) {
		return element.checked;
	}

	const aria = element.getAttribute('aria-checked');
	if (aria === 'true') {
		return true;
	}

	if (aria === 'false') {
		return false;
	}

	// A role="switch" wrapper around a hidden native checkbox (the first, as querySelector would).
	const input = matchesInside(element, 'input[type="checkbox"]', 1)[0];
	return input ? readSwitch(input) : undefined;
}
