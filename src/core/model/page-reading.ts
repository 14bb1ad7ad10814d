import type {Observations} from './fields.js';
import type {Observed} from './observed.js';

/**
 * Whose page this is, as far as the page itself says. "stale": the page's embedded data was made for
 * an earlier address of this single-page app, so it cannot say (and nothing is read until a reload).
 */
export type Identity = 'own' | 'other' | 'logged-out' | 'unsure' | 'stale';

/**
 * "read" means the page is the user's own and its fields were read (each known or unknown).
 * "account-unconfirmed": a settings address (which only ever shows the signed-in account) whose page
 * did not show who is signed in; it is not someone else's page, and not a sign-out either.
 */
export type PageStatus = 'read' | 'not-own-profile' | 'account-unconfirmed' | 'logged-out' | 'language-unsupported' | 'page-not-ready';

export const pageStatuses: readonly PageStatus[] = ['read', 'not-own-profile', 'account-unconfirmed', 'logged-out', 'language-unsupported', 'page-not-ready'];

/** What a content script read on one page: made in the page (content-scripts/extract-page.ts), checked and stored by the worker. */
export type PageReading = {
	site: string;
	pageKind: string;
	status: PageStatus;
	observations: Observations;
	/** Set on a live re-check: the user changed a control while the page was open. */
	live?: true;
	/**
	 * The user's own bio text, on pages that show it: carried to the background once, scanned there
	 * and replaced by the kinds it mentions (src/core/bio/bio-observations.ts). Never stored.
	 */
	bio?: Observed<string>;
};
