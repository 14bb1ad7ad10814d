import type {Identity} from '../../../src/core/model/page-reading.js';
import type {PageOwner} from '../../../src/core/sites/define-site.js';
import {pageMap} from '../../dom/current-page-map.js';
import {settingsControls} from './read-settings.js';

/**
 * Reddit's header offers "Log In" to signed-out visitors, a link to `/login` (inference from the
 * shreddit header, L; platform-pages-3.md §4.6 lists no signed-in markers). Signed out, Reddit's
 * settings addresses send you to log in (inference, L). Only settings pages are read (§4.6:
 * own-profile markers unknown), and they only ever show the signed-in account's own settings, so:
 * a log-in link and no settings controls → signed out; a log-in link beside settings controls (a
 * session that ended while the page was open) → unsure, "couldn't confirm the account"; no log-in
 * link → your own (a page with no settings on it then reads as "couldn't check", never ok).
 */
// One tag, both addresses: a selector list would ask every element twice (dom/any-matches.ts).
const logInLink = 'a:is([href^="/login"], [href^="https://www.reddit.com/login"])';

export function identifyReddit(document: Document, owner: PageOwner): Identity {
	if (owner !== 'account') {
		return 'unsure';
	}

	const loginShown = document.querySelector(logInLink) !== null || document.location?.pathname.startsWith('/login') === true;
	if (!loginShown) {
		return 'own';
	}

	// The controls sit in open shadow roots: the page map's walk sees them, a querySelector does not.
	return pageMap(document).matching(settingsControls).length > 0 ? 'unsure' : 'logged-out';
}
