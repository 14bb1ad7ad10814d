import type {FieldId, Observations} from '../src/core/model/fields.js';
import {unknown, type Observed, type UnknownReason} from '../src/core/model/observed.js';
import {maxBioLength} from '../src/core/bio/limits.js';
import type {DetectedPage} from './detect-page.js';
import type {Extractor, LabelTable, PageContext} from './define-site.js';
import {readPinned} from './dom/page-map.js';
import {TextIndex} from './dom/text-index.js';

/** "read" means the page is the user's own and its fields were read (each known or unknown). */
export type PageStatus = 'read' | 'not-own-profile' | 'logged-out' | 'language-unsupported' | 'page-not-ready';

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

/** The UI language's primary subtag, e.g. "en" for `<html lang="en-GB">`. */
export const pageLanguage = (document: Document): string =>
	(document.documentElement.getAttribute('lang') ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';

/** The site's label table for the page's UI language; a page that names no language gets the first. */
export function labelsFor(site: DetectedPage['site'], document: Document): LabelTable | undefined {
	const language = pageLanguage(document);
	return language === '' ? site.languages[Object.keys(site.languages)[0]!] : site.languages[language];
}

/** Every field of the page, unknown for one reason: nothing was read. */
export function allUnknown({page}: DetectedPage, reason: UnknownReason): Observations {
	const observations: Record<string, Observed<unknown>> = {};
	for (const field of Object.keys(page.fields)) {
		observations[field] = unknown(reason);
	}

	return observations as Observations;
}

/** What every extractor of one page reading shares; built fresh for each reading. */
export function createPageContext(document: Document, labels: LabelTable, root: Element): PageContext {
	const memos = new Map<string, unknown>();
	return {
		document, labels, root, text: new TextIndex(root),
		memo: <T>(key: string, compute: () => T): T => {
			if (!memos.has(key)) {
				memos.set(key, compute());
			}

			return memos.get(key) as T;
		},
	};
}

/**
 * Runs the page's extractors after the own-account and language checks. Never throws. The page is
 * walked once for the whole reading (dom/page-map.ts), which only reads the page.
 */
export function extractPage(detected: DetectedPage, document: Document): PageReading {
	return readPinned(document, () => extractPinned(detected, document));
}

function extractPinned(detected: DetectedPage, document: Document): PageReading {
	const {site, pageKind, page} = detected;
	const reading = (status: PageStatus, observations: Observations): PageReading =>
		({site: site.id, pageKind, status, observations});

	let identity;
	try {
		identity = site.identify(document, page.owner);
	} catch {
		identity = 'unsure' as const;
	}

	if (identity === 'logged-out') {
		return reading('logged-out', allUnknown(detected, 'logged-out'));
	}

	// Data left over from an earlier page of the app: a reload brings this page's own.
	if (identity === 'stale') {
		return reading('page-not-ready', allUnknown(detected, 'page-not-ready'));
	}

	// "unsure" is treated as someone else's: reading a stranger's page is worse than missing our own.
	if (identity !== 'own') {
		return reading('not-own-profile', allUnknown(detected, 'not-own-profile'));
	}

	const labels = labelsFor(site, document);
	if (!labels) {
		return reading('language-unsupported', allUnknown(detected, 'language-unsupported'));
	}

	const root = document.querySelector(site.contentRoot);
	if (!root) {
		return reading('read', allUnknown(detected, 'element-missing'));
	}

	const context = createPageContext(document, labels, root);
	if (page.owner === 'profile' && !site.showsOwnerControls(context)) {
		return reading('not-own-profile', allUnknown(detected, 'not-own-profile'));
	}

	const observations: Record<string, Observed<unknown>> = {};
	for (const [field, extract] of Object.entries(page.fields) as Array<[FieldId, Extractor<FieldId>]>) {
		try {
			observations[field] = extract(context);
		} catch {
			observations[field] = unknown('element-missing');
		}
	}

	const bio = readBio(detected, context);
	return {...reading('read', observations as Observations), ...(bio ? {bio} : {})};
}

function readBio({page}: DetectedPage, context: PageContext): Observed<string> | undefined {
	if (!page.bio) {
		return undefined;
	}

	try {
		const bio = page.bio(context);
		return bio.state === 'known' ? {...bio, value: bio.value.slice(0, maxBioLength)} : bio;
	} catch {
		return unknown('element-missing');
	}
}
