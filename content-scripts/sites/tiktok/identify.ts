import type {Identity, PageSpec} from '../../define-site.js';
import {defaultScope, profileNamesOf, viewerOf} from './universal-data.js';

/** The handle in a profile URL (`/@<uniqueId>`), or undefined on `/profile` and other paths. */
function urlHandle(document: Document): string | undefined {
	const match = /^\/@([^/]+)\/?$/.exec(document.location?.pathname ?? '');
	if (!match) {
		return undefined;
	}

	try {
		return decodeURIComponent(match[1]!);
	} catch {
		return '';
	}
}

/**
 * Who is signed in and whose profile this is, from the page's embedded data (platform-pages-2.md
 * §3.3, H, 2025–26): the viewer is `webapp.app-context.user` (`{}` when signed out), the profile is
 * `webapp.user-detail.userInfo.user`. Own = same uniqueId, and same secUid where both carry one;
 * numeric ids are not compared (they can exceed 2^53). The handle in the URL must name the same
 * account: after in-app navigation the embedded data can still describe the first page loaded.
 * Missing or odd data → unsure. Settings pages only ever show the signed-in viewer's own account.
 */
export function identifyTikTok(document: Document, owner: PageSpec['owner']): Identity {
	const scope = defaultScope(document);
	const viewer = scope ? viewerOf(scope) : undefined;
	if (!scope || viewer === undefined) {
		return 'unsure';
	}

	if (viewer === 'signed-out') {
		return 'logged-out';
	}

	if (owner === 'account') {
		return 'own';
	}

	const shown = profileNamesOf(scope);
	if (!shown) {
		return 'unsure';
	}

	const handle = urlHandle(document);
	if (handle !== undefined && handle.toLowerCase() !== shown.uniqueId.toLowerCase()) {
		return 'unsure';
	}

	const sameSecUid = !viewer.secUid || !shown.secUid || viewer.secUid === shown.secUid;
	return shown.uniqueId === viewer.uniqueId && sameSecUid ? 'own' : 'other';
}
