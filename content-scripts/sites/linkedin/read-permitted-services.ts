import type {Observed} from '../../../src/core/model/observed.js';
import type {PageContext} from '../../define-site-readers.js';
import {countByButton} from '../../count-by-button.js';
import {wordings} from '../../dom/normalize-text.js';
import {showsEmptyList} from '../../empty-list-count.js';

/**
 * Data privacy › Permitted services (`/mypreferences/d/permitted-services`, platform-pages.md §5.1,
 * H for the address, 2024–26). How the list is drawn is not in the reference (L): each service is
 * counted by its one "Remove" button (its text or aria-label, which may name the service), inside
 * the page's main content. None: 0 only when the empty-list sentence is there, else unknown. Names
 * are never read.
 */
export function permittedServiceCount(context: PageContext): Observed<number> {
	return countByButton(context.root, {selector: 'button, [role="button"]', wordings: wordings(context.labels.removeService), startsWith: true},
		() => showsEmptyList(context.root, wordings(context.labels.noPermittedServices)));
}
