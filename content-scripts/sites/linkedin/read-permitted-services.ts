import {known, type Observed} from '../../../src/core/model/observed.js';
import type {PageContext} from '../../define-site-readers.js';
import {leadingText} from '../../dom/element-text.js';
import {noteControl} from '../../dom/find-row.js';
import {normalizeText, wordings} from '../../dom/normalize-text.js';
import {emptyListCount} from '../../empty-list-count.js';

/**
 * Data privacy › Permitted services (`/mypreferences/d/permitted-services`, platform-pages.md §5.1,
 * H for the address, 2024–26). How the list is drawn is not in the reference (L): each service is
 * counted by its one "Remove" button (its text or aria-label), inside the page's main content.
 * None: 0 only when the empty-list sentence is there, else unknown. Names are never read.
 */
export function permittedServiceCount(context: PageContext): Observed<number> {
	const remove = wordings(context.labels.removeService);
	// Its text from the page map: nested buttons would otherwise each read all the text below them.
	const named = (control: Element): string => {
		const label = control.getAttribute('aria-label');
		return label === null ? leadingText(control) : normalizeText(label);
	};
	const buttons = [...context.root.querySelectorAll('button, [role="button"]')]
		.filter(control => {
			const name = named(control);
			return remove.some(wording => name === wording || name.startsWith(`${wording} `));
		});
	if (buttons.length > 0) {
		// "Show me" rings the first service's "Remove".
		noteControl(buttons[0]!);
		return known(buttons.length);
	}

	return emptyListCount(context.root, wordings(context.labels.noPermittedServices));
}
