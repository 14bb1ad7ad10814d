import type {FieldId, Fields} from '../src/core/model/fields.js';
import type {Observed} from '../src/core/model/observed.js';
import type {TextIndex} from './dom/text-index.js';

/** The words a site's UI uses, for one UI language. Keys are the adapter's own. */
export type LabelTable = Readonly<Record<string, string | readonly string[]>>;

/**
 * What an extractor gets: the page, the label table for its language, a text finder, the content
 * root, and a per-extraction memo so that fields sharing a query (every switch on the page) run it once.
 */
export type PageContext = {
	readonly document: Document;
	readonly labels: LabelTable;
	readonly text: TextIndex;
	readonly root: Element;
	memo<T>(key: string, compute: () => T): T;
};

/** Reads one field. Must never throw and never guess: missing or odd → unknown. */
export type Extractor<F extends FieldId> = (context: PageContext) => Observed<Fields[F]>;

/**
 * Reads the user's own bio / intro / about text, with who sees it (`Known.audience`). The text is
 * sent to the background once, scanned there and replaced by the kinds it mentions (a phone
 * number, an email address…) before anything is stored. Must never throw; missing → unknown.
 */
export type BioReader = (context: PageContext) => Observed<string>;

/**
 * Whose page this is, as far as the page itself says. "stale": the page's embedded data was made for
 * an earlier address of this single-page app, so it cannot say (and nothing is read until a reload).
 */
export type Identity = 'own' | 'other' | 'logged-out' | 'unsure' | 'stale';

export type PageSpec = {
	/** Where the user checks or fixes these fields: the "Fix it" link. (Its title is words: in each language's catalog.) */
	url: string;
	/**
	 * Set when no address opens this page by itself (your own X profile; LinkedIn's contact-info
	 * overlay, which redirects when loaded): `url` is the page it is reached from, and the catalogs
	 * name the link to click there. Scan all skips such pages rather than read a wrong one.
	 */
	reachedByClick?: true;
	/**
	 * For a page no rule's fix points at (read for what it shows): when the facts it is read by were
	 * last confirmed, and how sure. A fixed page's date comes from its fixes (README coverage table).
	 */
	facts?: {confirmed: string; confidence: 'H' | 'M' | 'L'};
	/** Which URLs are this kind of page. Only the URL is checked on other pages. */
	matches: (url: URL) => boolean;
	/**
	 * "profile": a profile page that anyone can view, so it must be the viewer's own;
	 * "account": a settings page that only ever shows the signed-in user's own account.
	 */
	owner: 'profile' | 'account';
	/** Selector that appears once the page has rendered what we read (single-page apps). */
	ready: string;
	fields: {[F in FieldId]?: Extractor<F>};
	/** The page shows the user's bio: its kinds become the bio fields (src/core/bio/scan-bio.ts). */
	bio?: BioReader;
	/** Example URLs of this page kind; the URL matrix test checks them against every kind. */
	examples: readonly string[];
};

export type Site = {
	/** Equals the adapter's folder name. */
	id: string;
	name: string;
	/** Manifest match patterns; a test checks they equal manifest.json's content_scripts. */
	matches: readonly string[];
	/** Label tables by UI language (the `<html lang>` primary subtag). */
	languages: Readonly<Record<string, LabelTable>>;
	/** Where the content lives (e.g. '[role="main"]'): labels are only looked for inside it. */
	contentRoot: string;
	/** Own-account check, run before anything is read. */
	identify: (document: Document, owner: PageSpec['owner']) => Identity;
	/**
	 * Profile pages only: does the page, as rendered now, show owner-only controls? Page JSON can be
	 * stale after in-app navigation to someone else's profile; the rendered controls are not.
	 */
	showsOwnerControls: (context: PageContext) => boolean;
	/** The platform's own privacy checkup, offered when a control cannot be found. */
	checkupUrl: string;
	pages: Readonly<Record<string, PageSpec>>;
};

export const defineSite = (site: Site): Site => site;

