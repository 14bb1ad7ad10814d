import type {Identity} from '../../../src/core/model/page-reading.js';
import type {PageOwner} from '../../../src/core/sites/define-site.js';
import {addressesSinceLoad} from '../../page-history.js';
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

const pathOf = (href: string): string | undefined => {
	try {
		return new URL(href).pathname.replace(/\/+$/, '') || '/';
	} catch {
		return undefined;
	}
};

/**
 * TikTok's header shows a "Log in" button to signed-out visitors and the viewer's avatar to signed-in
 * ones (`data-e2e` names, M: several public automation scripts 2025–26 test exactly these two).
 */
const signedOutByMarkers = (document: Document): boolean =>
	document.querySelector('[data-e2e="top-login-button"]') !== null && document.querySelector('[data-e2e="profile-icon"]') === null;

/**
 * Whether the embedded data was made for the profile shown now. TikTok writes it once, at page load
 * (platform-pages.md §4.2), and keeps it through in-app navigation: after going to another page
 * and back, or arriving from another page, it holds the values of the first load. Every address
 * since load must be this profile's path (`/profile`, the alias that redirects here, too).
 */
export function profileDataIsCurrent(document: Document): boolean {
	const paths = addressesSinceLoad(document).map(pathOf);
	const now = paths.at(-1);
	return now !== undefined && paths.every(path => path === now || path === '/profile');
}

/**
 * Who is signed in and whose profile this is, from the page's embedded data (platform-pages-2.md
 * §3.3, H, 2025–26): the viewer is `webapp.app-context.user` (`{}` when signed out), the profile is
 * `webapp.user-detail.userInfo.user`. Own = same uniqueId, and same secUid where both carry one;
 * numeric ids are not compared (they can exceed 2^53). The handle in the URL must name the same
 * account, and no in-app navigation may have happened since the data was written (else "stale").
 * Missing or odd data → unsure. Settings pages only ever show the signed-in viewer's own account.
 */
export function identifyTikTok(document: Document, owner: PageOwner): Identity {
	const scope = defaultScope(document);
	const viewer = scope ? viewerOf(scope) : undefined;
	if (!scope || viewer === undefined) {
		// A real signed-out profile (2025) carries no `user` key at all, only "Log in" buttons: with
		// no viewer in the data, the page's own sign-in markers decide.
		return signedOutByMarkers(document) ? 'logged-out' : 'unsure';
	}

	if (viewer === 'signed-out') {
		return 'logged-out';
	}

	if (owner === 'account') {
		return 'own';
	}

	if (!profileDataIsCurrent(document)) {
		return 'stale';
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
