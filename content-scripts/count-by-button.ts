import {known, unknown, type Observed} from '../src/core/model/observed.js';
import {leadingText} from './dom/element-text.js';
import {noteControl} from './dom/find-row.js';
import {normalizeText} from './dom/normalize-text.js';

/** How a list's entries are told apart: by the one button each has ("Revoke Access", "Remove"). */
export type EntryButton = {
	/** The elements that can be an entry's button. */
	readonly selector: string;
	/** The button's wordings, in normalizeText form. */
	readonly wordings: readonly string[];
	/** The button's name in normalizeText form; by default its aria-label, else its text. */
	readonly name?: (button: Element) => string;
	/** The name may go on after a wording and a space ("Remove Example Calendar"), as an entry's name. */
	readonly startsWith?: boolean;
	/** A button inside another element of `selector` belongs to that one's entry: only the outermost counts. */
	readonly outermost?: boolean;
};

/**
 * Its aria-label, else its text from the page map: nested buttons would otherwise each read all the
 * text below them.
 */
export function buttonName(button: Element): string {
	const label = button.getAttribute('aria-label');
	return label === null ? leadingText(button) : normalizeText(label);
}

/**
 * A list counted by the one button each entry has; "Show me" rings the first. No such button: 0 only
 * when `isEmptyShown` (the page says the list is empty in its own words), else a layout we do not
 * know. Entries' names are never kept, only their number.
 */
export function countByButton(root: Element, button: EntryButton, isEmptyShown: () => boolean): Observed<number> {
	const {selector, wordings, name = buttonName, startsWith = false, outermost = false} = button;
	const buttons = [...root.querySelectorAll(selector)].filter(control => {
		const text = name(control);
		return wordings.some(wording => text === wording || (startsWith && text.startsWith(`${wording} `)))
			&& !(outermost && control.parentElement?.closest(selector));
	});
	if (buttons.length > 0) {
		noteControl(buttons[0]!);
		return known(buttons.length);
	}

	return isEmptyShown() ? known(0) : unknown('element-missing');
}
