import type {Identity} from '../../../src/core/model/page-reading.js';
import {handleOf} from '../../../src/core/sites/x.js';
import {identifyByMarkers} from '../../identify-by-markers.js';

/** The side navigation's "Profile" link goes to the viewer's own `/<handle>`. */
const profileLink = 'a[data-testid="AppTabBar_Profile_Link"]';

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

/**
 * Who is signed in, from language-independent markers (platform-pages.md §1.3, M, 2026 note):
 * - signed in: the side navigation's account switcher, rendered only for a signed-in viewer;
 * - signed out: X's log-in button or links to its log-in flow.
 */
export const identifyX = identifyByMarkers({
	signedIn: ['[data-testid="SideNav_AccountSwitcher_Button"]'],
	signedOut: ['[data-testid="loginButton"]', 'a:is([href="/login"], [href^="/i/flow/login"])'],
	profileOwner,
});
