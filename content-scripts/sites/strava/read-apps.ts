import {known, type Observed} from '../../../src/core/model/observed.js';
import type {PageContext} from '../../define-site-readers.js';
import {leadingText} from '../../dom/element-text.js';
import {noteControl} from '../../dom/find-row.js';
import {normalizeText, wordings} from '../../dom/normalize-text.js';
import {emptyListCount} from '../../empty-list-count.js';

/**
 * Settings › My Apps (`/settings/apps`, platform-pages-3.md §1.1, L, 2026): each connected app is
 * counted by its one "Revoke Access" button (text or aria-label; the wording is a guess, L). None:
 * 0 only when the empty-list sentence (also a guess) is there, else unknown. App names are never read.
 */
export function connectedAppCount(context: PageContext): Observed<number> {
	const revoke = wordings(context.labels.revokeAccess);
	const named = (control: Element): string => {
		const label = control.getAttribute('aria-label');
		return label === null ? leadingText(control) : normalizeText(label);
	};
	const buttons = [...context.root.querySelectorAll('button, [role="button"], input[type="submit"], a[data-method]')]
		.filter(control => revoke.includes(control.matches('input') ? normalizeText((control as HTMLInputElement).value) : named(control)));
	if (buttons.length > 0) {
		noteControl(buttons[0]!);
		return known(buttons.length);
	}

	return emptyListCount(context.root, wordings(context.labels.noApps));
}
