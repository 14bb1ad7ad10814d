import type {Observed} from '../../../src/core/model/observed.js';
import type {PageContext} from '../../define-site-readers.js';
import {buttonName, countByButton} from '../../count-by-button.js';
import {normalizeText, wordings} from '../../dom/normalize-text.js';
import {showsEmptyList} from '../../empty-list-count.js';

/** What can be an app's revoke control: a button, or a Rails link that sends a request (`data-method`). */
export const appButtons = 'button, [role="button"], input[type="submit"], a[data-method]';

/**
 * Settings › My Apps (`/settings/apps`, platform-pages-3.md §1.1, L, 2026): each connected app is
 * counted by its one "Revoke Access" button (text or aria-label; the wording is a guess, L). None:
 * 0 only when the empty-list sentence (also a guess) is there, else unknown. App names are never read.
 */
export function connectedAppCount(context: PageContext): Observed<number> {
	return countByButton(context.root, {
		selector: appButtons,
		wordings: wordings(context.labels.revokeAccess),
		// A submit button's name is its value; an `input` drawn inside an SVG has none, so it goes by its text.
		name: control => {
			const value = (control as Partial<HTMLInputElement>).value;
			return control.matches('input') && typeof value === 'string' ? normalizeText(value) : buttonName(control);
		},
	}, () => showsEmptyList(context.root, wordings(context.labels.noApps)));
}
