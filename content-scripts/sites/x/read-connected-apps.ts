import {known, type Observed} from '../../../src/core/model/observed.js';
import type {PageContext} from '../../define-site-readers.js';
import {noteControl} from '../../dom/find-row.js';
import {wordings} from '../../dom/normalize-text.js';
import {emptyListCount} from '../../empty-list-count.js';

/**
 * Settings › Security and account access › Apps and sessions › Connected apps (`/settings/connected_apps`,
 * platform-pages.md §1.1, H for the path, 2025-07). The list's markup is not in the reference (L): it is
 * read the way X's settings shell shows sub-pages (§1.3, M, 2026-10 note), one link row per app to
 * `/settings/connected_apps/<id>`, counted once each. No rows: 0 only when the empty-state text is
 * there, else unknown. Only the number is kept, never an app's name.
 */
export function connectedAppCount(context: PageContext): Observed<number> {
	const links = [...context.root.querySelectorAll('a[href^="/settings/connected_apps/"]')];
	const ids = new Set(links.map(link => /^\/settings\/connected_apps\/([^/?#]+)/.exec(link.getAttribute('href') ?? '')?.[1])
		.filter(id => id !== undefined));
	if (ids.size > 0) {
		// "Show me" rings the first app's link row: access is revoked on the page it opens.
		noteControl(links.find(link => /^\/settings\/connected_apps\/[^/?#]+/.test(link.getAttribute('href') ?? ''))!);
		return known(ids.size);
	}

	return emptyListCount(context.root, wordings(context.labels.noConnectedApps));
}
