import type {Identity} from '../src/core/model/page-reading.js';
import type {PageOwner} from '../src/core/sites/define-site.js';
import {anyMatches} from './dom/any-matches.js';

export type SignInMarkers = {
	/** Rendered only for a signed-in viewer (an account switcher, a "Me" menu); any one of them. */
	readonly signedIn: readonly string[];
	/**
	 * Rendered only for a signed-out visitor (a log-in button or form, a link to sign up); any one of
	 * them. Each is asked of the whole page (dom/any-matches.ts): links of one kind go under one `a:is(…)`.
	 */
	readonly signedOut: readonly string[];
	/** Whose profile this is, once the viewer is known to be signed in. */
	readonly profileOwner: (document: Document) => Identity;
};

/**
 * Who is signed in, from language-independent markers: the signed-out one alone → logged out;
 * both or neither → unsure. Settings pages only ever show the signed-in viewer's own account; a
 * profile page is the site's `profileOwner` to decide.
 */
export const identifyByMarkers = ({signedIn, signedOut, profileOwner}: SignInMarkers) =>
	(document: Document, owner: PageOwner): Identity => {
		const viewer = anyMatches(document, signedIn);
		const loginShown = anyMatches(document, signedOut);
		if (loginShown && !viewer) {
			return 'logged-out';
		}

		if (!viewer || loginShown) {
			return 'unsure';
		}

		return owner === 'account' ? 'own' : profileOwner(document);
	};
