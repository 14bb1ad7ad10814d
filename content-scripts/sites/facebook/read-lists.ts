import {known, unknown, type Observed} from '../../../src/core/model/observed.js';
import type {PageContext} from '../../define-site.js';
import {noteControl, outermost} from '../../dom/find-row.js';
import {closest, contains, countInside} from '../../dom/inside.js';
import {normalizeText, wordings} from '../../dom/normalize-text.js';

/**
 * Apps and websites: the number of rows in the "Active" tab. The page's markup is not documented
 * (platform-pages.md §2.1: routing M, content L), so this reads only ARIA: the selected tab named
 * "Active", its tab panel, and the panel's list items. No rows and no empty-state text → unknown.
 */
export function readActiveAppCount(context: PageContext): Observed<number> {
	const tab = context.text.find(wordings(context.labels.activeAppsTab))
		.map(element => closest(element, '[role="tab"]'))
		.find(element => element !== null);
	if (!tab) {
		return unknown('element-missing');
	}

	if (tab.getAttribute('aria-selected') !== 'true') {
		return unknown('element-missing');
	}

	// The panel the tab names; only without aria-controls, the page's one tab panel (never a guess among several).
	const panelId = tab.getAttribute('aria-controls');
	const panels = context.document.querySelectorAll('[role="tabpanel"]');
	const panel = panelId ? context.document.getElementById(panelId) : panels.length === 1 ? panels[0] : null;
	if (!panel) {
		return unknown('element-missing');
	}

	// One row per app: a list item nested in another (a row's own sub-list) is not an app.
	const rows = [...panel.querySelectorAll('[role="listitem"]')]
		.filter(item => {
			const outer = item.parentElement && closest(item.parentElement, '[role="listitem"]');
			return !outer || !contains(panel, outer);
		});
	if (rows.length > 0) {
		// "Show me" rings the first app's row: each is removed from its own row.
		noteControl(rows[0]!);
		return known(rows.length);
	}

	// Normalized like the labels: Facebook prints "don’t" with a curly apostrophe.
	const empty = wordings(context.labels.noActiveApps);
	const panelText = normalizeText(panel.textContent ?? '');
	return empty.some(text => panelText.includes(text)) ? known(0) : unknown('element-missing');
}

type ContactKinds = {email: number; phone: number; unrecognised: number} | undefined;

/**
 * Accounts Center contact points: each row is a list item with the value and a type label
 * ("Email", "Mobile number"). Only the type labels are read. Every list holding a type label counts
 * (emails and phones may be grouped in separate lists). A row we cannot classify makes the
 * absent kinds unknown: it might be the phone we would otherwise call missing.
 */
function countContactPoints(context: PageContext): ContactKinds {
	const emailLabels = context.text.find(wordings(context.labels.contactEmail));
	const phoneLabels = context.text.find(wordings(context.labels.contactPhone));
	const lists = outermost([...new Set([...emailLabels, ...phoneLabels]
		.map(label => closest(label, '[role="list"]'))
		.filter((element): element is Element => element !== null))]);
	if (lists.length === 0) {
		return undefined;
	}

	const counts = {email: 0, phone: 0, unrecognised: 0};
	for (const item of lists.flatMap(list => [...list.querySelectorAll('[role="listitem"]')])) {
		if (countInside(item, emailLabels) > 0) {
			counts.email++;
		} else if (countInside(item, phoneLabels) > 0) {
			counts.phone++;
		} else {
			counts.unrecognised++;
		}
	}

	return counts;
}

export const readContactPoint = (kind: 'email' | 'phone') => (context: PageContext): Observed<boolean> => {
	const counts = countContactPoints(context);
	if (!counts) {
		return unknown('element-missing');
	}

	if (counts[kind] > 0) {
		return known(true);
	}

	return counts.unrecognised > 0 ? unknown('unrecognized-value') : known(false);
};
