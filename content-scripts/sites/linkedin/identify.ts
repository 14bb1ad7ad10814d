import type {Identity, PageSpec} from '../../define-site.js';

/**
 * Who is signed in, from the global nav (platform-pages-2.md §4.4, H, Brave PSST 2026):
 * - signed in: a link to the viewer's `/in/<vanity>/` in the global nav, or its "Me" menu
 *   (`#meMenuV2WideComponentRef`, older `img.global-nav__me-photo`);
 * - signed out: LinkedIn's sign-in form or links to its log-in / join flow.
 * Settings pages only ever show the signed-in viewer's own account. Both or neither → unsure.
 */
const signedIn = '#global-nav a[href*="/in/"], nav.global-nav a[href*="/in/"], #meMenuV2WideComponentRef, img[class*="global-nav__me"]';
const signedOut = 'a[href*="/login"], a[href*="/uas/login"], a[href*="/signup"], form[action*="login-submit"]';

export function identifyLinkedIn(document: Document, owner: PageSpec['owner']): Identity {
	const viewer = document.querySelector(signedIn) !== null;
	const loginShown = document.querySelector(signedOut) !== null;
	if (loginShown && !viewer) {
		return 'logged-out';
	}

	if (!viewer || loginShown) {
		return 'unsure';
	}

	// Every LinkedIn page kind here is an account page; profile pages would need the vanity check.
	return owner === 'account' ? 'own' : 'unsure';
}
