import {known, unknown, type Observed} from '../../../src/core/model/observed.js';
import type {PageContext} from '../../define-site-readers.js';
import {noteControl} from '../../dom/find-row.js';
import {closest, contains} from '../../dom/inside.js';
import {wordings} from '../../dom/normalize-text.js';
import {emptyListCount} from '../../empty-list-count.js';
import {findLabelled} from '../../find-labelled.js';

/**
 * Apps and websites: the number of rows in the "Active" tab. The page's markup is not documented
 * (platform-pages.md §2.1: routing M, content L), so this reads only ARIA: the selected tab named
 * "Active", its tab panel, and the panel's list items. No rows and no empty-state text → unknown.
 */
export function readActiveAppCount(context: PageContext): Observed<number> {
	const tab = findLabelled(context, 'activeAppsTab')
		.map(element => closest(element, '[role="tab"]'))
		.find(element => element !== null);
	if (!tab) {
		return unknown('element-missing');
	}

	if (tab.getAttribute('aria-selected') !== 'true') {
		return unknown('element-missing');
	}

	// The panel the tab names; only without aria-controls, the page's one tab panel (never a guess
	// among several), looked for only then: the search reads every element of the page.
	const panelId = tab.getAttribute('aria-controls');
	const onlyPanel = () => {
		const panels = context.document.querySelectorAll('[role="tabpanel"]');
		return panels.length === 1 ? panels[0]! : null;
	};
	const panel = panelId ? context.document.getElementById(panelId) : onlyPanel();
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
	return emptyListCount(panel, wordings(context.labels.noActiveApps));
}
