import type {Identity, PageSpec} from '../../define-site.js';

/**
 * Who is signed in, from language-independent markers (platform-pages.md §1.3, M, 2026 note):
 * - signed in: the side navigation's account switcher, rendered only for a signed-in viewer;
 * - signed out: X's log-in button or links to its log-in flow.
 * Settings pages only ever show the signed-in viewer's own account. Both or neither → unsure.
 */
const signedIn = '[data-testid="SideNav_AccountSwitcher_Button"]';
const signedOut = '[data-testid="loginButton"], a[href="/login"], a[href^="/i/flow/login"]';

export function identifyX(document: Document, owner: PageSpec['owner']): Identity {
	const viewer = document.querySelector(signedIn) !== null;
	const loginShown = document.querySelector(signedOut) !== null;
	if (loginShown && !viewer) {
		return 'logged-out';
	}

	if (!viewer || loginShown) {
		return 'unsure';
	}

	// X adapter pages are all the viewer's own settings; profile pages would need an owner check.
	return owner === 'account' ? 'own' : 'unsure';
}
