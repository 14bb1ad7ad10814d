import type {Identity, PageSpec} from '../../define-site.js';

/**
 * Who is signed in, from language-independent markers (platform-pages.md §1.3, M, 2026 note):
 * - signed in: the side navigation's account switcher, rendered only for a signed-in viewer;
 * - signed out: X's log-in button or links to its log-in flow.
 * Settings pages only ever show the signed-in viewer's own account. Both or neither → unsure.
 */
const signedIn = '[data-testid="SideNav_AccountSwitcher_Button"]';
const signedOut = '[data-testid="loginButton"], a[href="/login"], a[href^="/i/flow/login"]';
/** The side navigation's "Profile" link goes to the viewer's own `/<handle>`. */
const profileLink = 'a[data-testid="AppTabBar_Profile_Link"]';

/** A handle from a path `/<handle>`, lower-cased (X handles are case-insensitive); else undefined. */
export const handleOf = (path: string | null | undefined): string | undefined =>
	/^\/([A-Za-z0-9_]{1,15})\/?$/.exec(path ?? '')?.[1]?.toLowerCase();

/**
 * A profile is the viewer's own only if the side navigation's Profile link names the handle in the
 * address; a different handle is someone else's. Without that link the page's owner-only controls
 * decide (the site's showsOwnerControls, checked after this for every profile page).
 */
function profileOwner(document: Document): Identity {
	const links = [...document.querySelectorAll(profileLink)].map(link => handleOf(link.getAttribute('href')));
	const shown = handleOf(document.location?.pathname);
	if (links.length === 0 || shown === undefined) {
		return 'own';
	}

	return links.every(handle => handle === shown) ? 'own' : 'other';
}

export function identifyX(document: Document, owner: PageSpec['owner']): Identity {
	const viewer = document.querySelector(signedIn) !== null;
	const loginShown = document.querySelector(signedOut) !== null;
	if (loginShown && !viewer) {
		return 'logged-out';
	}

	if (!viewer || loginShown) {
		return 'unsure';
	}

	return owner === 'account' ? 'own' : profileOwner(document);
}
