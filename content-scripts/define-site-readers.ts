import type {FieldId, Fields} from '../src/core/model/fields.js';
import type {Observed} from '../src/core/model/observed.js';
import type {Identity} from '../src/core/model/page-reading.js';
import type {PageDescription, PageOwner, SiteDescription} from '../src/core/sites/define-site.js';
import type {TextIndex} from './dom/text-index.js';

import type {LabelTable} from '../src/core/labels/label-table.js';

export type {LabelTable} from '../src/core/labels/label-table.js';

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

/** How one page kind is read: when it has rendered, and a reader per field it shows. */
export type PageReaders = {
	/** Selector that appears once the page has rendered what we read (single-page apps). */
	readonly ready: string;
	/**
	 * The controls the page's labels belong to, for a content root without a landmark (the body): the
	 * reading starts with the part of the page around them (dom/around-controls.ts), the first selector
	 * that matches deciding. A field unknown there is read again over the whole root; a known one is
	 * not, so a page whose reader counts must name everything it counts among, as one selector.
	 */
	readonly readAround?: readonly string[];
	readonly fields: {readonly [F in FieldId]?: Extractor<F>};
	/** Set exactly when the description says the page reads a bio. */
	readonly bio?: BioReader;
};

/** A site's readers, bound to its description (src/core/sites/<id>.ts). */
export type SiteReaders = {
	readonly site: SiteDescription;
	/**
	 * Label tables by UI language (the `<html lang>` primary subtag): those at hand, English at least. A page
	 * in another language of the description's `readIn` has its table added before it is read.
	 */
	readonly languages: Readonly<Record<string, LabelTable>>;
	/**
	 * Where the content lives (e.g. '[role="main"]'): labels are only looked for inside it. A list
	 * ('main, [role="main"]') is tried in its order, not the page's (see contentRootOf).
	 */
	readonly contentRoot: string;
	/**
	 * Posts and feeds inside the content root (a selector of roles or test ids): never a label, a
	 * control or a row of what is read. Extraction passes over them whole, so an own profile with
	 * thousands of posts reads as fast as an empty one, and a post's text can never pose as a label.
	 */
	readonly skip?: string;
	/** Own-account check, run before anything is read. */
	readonly identify: (document: Document, owner: PageOwner) => Identity;
	/**
	 * Profile pages only: does the page, as rendered now, show owner-only controls? Page JSON can be
	 * stale after in-app navigation to someone else's profile; the rendered controls are not.
	 */
	readonly showsOwnerControls: (context: PageContext) => boolean;
	readonly pages: Readonly<Record<string, PageReaders>>;
};

/** The readers one described page needs: one per field it lists, and a bio reader when it reads a bio. */
type ReadersFor<P extends PageDescription> = {
	readonly ready: string;
	readonly readAround?: readonly string[];
	readonly fields: {readonly [F in P['fields'][number]]: Extractor<F>};
} & (P extends {readonly readsBio: true} ? {readonly bio: BioReader} : {readonly bio?: never});

type PagesReaders<S extends SiteDescription> = {
	readonly [K in keyof S['pages']]: S['pages'][K] extends infer P extends PageDescription ? ReadersFor<P> : never;
};

/**
 * Binds readers to a site's description. The types ask for exactly the described page kinds and,
 * per page, a reader for each listed field (test/site-readers.test.ts checks the same at run time).
 */
export const defineSiteReaders = <S extends SiteDescription>(
	site: S,
	readers: Omit<SiteReaders, 'site' | 'pages' | 'languages'> & {
		/** The tables bundled with the readers: English; the others of `readIn` come from the worker. */
		readonly languages: {readonly en: LabelTable};
		readonly pages: PagesReaders<S>;
	},
): SiteReaders => ({site, ...readers});

/**
 * The page's content root: the first selector of the site's list that matches, in the list's order.
 * One query per selector instead of one for the list: Chromium checks every element against every
 * selector of a list, and a tag (`main`) is found at once where `[role="main"]` makes it read the
 * role of each of the app shell's 80,000 elements (bench (g): 1.7 ms against 0.25 on LinkedIn).
 * The lists have no commas inside a selector.
 */
export function contentRootOf(siteReaders: Pick<SiteReaders, 'contentRoot'>, document: Document): Element | null {
	for (const selector of siteReaders.contentRoot.split(',')) {
		const root = document.querySelector(selector.trim());
		if (root) {
			return root;
		}
	}

	return null;
}
