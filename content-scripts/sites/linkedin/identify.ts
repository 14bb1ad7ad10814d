import type {Identity} from '../../../src/core/model/page-reading.js';
import {identifyByMarkers} from '../../identify-by-markers.js';

/**
 * Who is signed in, from the global nav (platform-pages-2.md §4.4, H, Brave PSST 2026):
 * - signed in: a link to the viewer's `/in/<vanity>/` in the global nav, or its "Me" menu
 *   (`#meMenuV2WideComponentRef`, older `img.global-nav__me-photo`);
 * - signed out: LinkedIn's sign-in form or links to its log-in / join flow.
 */
const navProfile = '#global-nav a[href*="/in/"], nav.global-nav a[href*="/in/"]';
const signedIn = [navProfile, '#meMenuV2WideComponentRef', 'img[class*="global-nav__me"]'];
// '/login' also matches /uas/login: each selector is one more check of every element.
const signedOut = ['a:is([href*="/login"], [href*="/signup"])', 'form[action*="login-submit"]'];

/** The vanity name of a `/in/<vanity>/…` path, lower-cased, or undefined. */
export const vanityOf = (path: string | null | undefined): string | undefined => {
	const match = /^(?:https:\/\/www\.linkedin\.com)?\/in\/([^/?#]+)/.exec(path ?? '');
	try {
		return match ? decodeURIComponent(match[1]!).toLowerCase() : undefined;
	} catch {
		return undefined;
	}
};

/**
 * A profile is the viewer's own when its vanity name is the nav link's (§4.4, H, Brave PSST), or
 * `/in/me/`, which LinkedIn forwards to your own profile (M). Any other vanity is someone else's;
 * no nav link to compare with → unsure. The owner-only controls are checked after this as well.
 */
function profileOwner(document: Document): Identity {
	const viewer = vanityOf(document.querySelector(navProfile)?.getAttribute('href'));
	const shown = vanityOf(document.location?.pathname);
	if (shown === 'me') {
		return 'own';
	}

	if (!viewer || !shown) {
		return 'unsure';
	}

	return viewer === shown ? 'own' : 'other';
}

export const identifyLinkedIn = identifyByMarkers({signedIn, signedOut, profileOwner});
