import type {FieldId} from '../model/fields.js';

/**
 * "profile": a profile page that anyone can view, so it must be the viewer's own;
 * "account": a settings page that only ever shows the signed-in user's own account.
 */
export type PageOwner = 'profile' | 'account';

/** What a page kind is: where it is, what it shows. How it is read lives with the site's readers (content-scripts/sites/<id>/). */
export type PageDescription = {
	/** Where the user checks or fixes these fields: the "Fix it" link. (Its title is words: in each language's catalog.) */
	readonly url: string;
	/**
	 * Set when no address opens this page by itself (your own X profile; LinkedIn's contact-info
	 * overlay, which redirects when loaded): `url` is the page it is reached from, and the catalogs
	 * name the link to click there. Scan all skips such pages rather than read a wrong one.
	 */
	readonly reachedByClick?: true;
	/**
	 * For a page no rule's fix points at (read for what it shows): when the facts it is read by were
	 * last confirmed, and how sure. A fixed page's date comes from its fixes (README coverage table).
	 */
	readonly facts?: {readonly confirmed: string; readonly confidence: 'H' | 'M' | 'L'};
	/** Which URLs are this kind of page. Only the URL is checked on other pages. */
	readonly matches: (url: URL) => boolean;
	readonly owner: PageOwner;
	/** The fields the page shows, each read by the reader of the same name. */
	readonly fields: readonly FieldId[];
	/** The page shows the user's bio: its kinds become the bio fields (src/core/bio/scan-bio.ts). */
	readonly readsBio?: true;
	/** Example URLs of this page kind; the URL matrix test checks them against every kind. */
	readonly examples: readonly string[];
};

export type SiteDescription = {
	/** Equals the site's reader folder name (content-scripts/sites/<id>/). */
	readonly id: string;
	readonly name: string;
	/** Manifest match patterns; a test checks they equal manifest.json's content_scripts. */
	readonly matches: readonly string[];
	/** The platform's own privacy checkup, offered when a control cannot be found. */
	readonly checkupUrl: string;
	/**
	 * The UI languages its pages are read in (`<html lang>` primary subtags): its readers have a label
	 * table for each, exactly these. A page in any other is "couldn't check: language", and the popup
	 * names these as the ones to switch to.
	 */
	readonly readIn: readonly string[];
	readonly pages: Readonly<Record<string, PageDescription>>;
};

/**
 * Keeps the literal page kinds and field lists: the site's readers are type-checked against them
 * (content-scripts/define-site-readers.ts), so a page kind without readers does not compile.
 */
export const defineSite = <const S extends SiteDescription>(site: S): S => site;

/**
 * One of the site's page kinds by name, own properties only: page kinds arrive in messages and from
 * storage, and a kind named "constructor" or "__proto__" must not reach the prototype.
 */
export const pageOf = (site: Pick<SiteDescription, 'pages'>, pageKind: string): PageDescription | undefined =>
	(Object.hasOwn(site.pages, pageKind) ? site.pages[pageKind] : undefined);
