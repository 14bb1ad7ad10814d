import type {FieldId, Observations} from '../src/core/model/fields.js';
import {unknown, type Observed, type UnknownReason} from '../src/core/model/observed.js';
import type {PageReading, PageStatus} from '../src/core/model/page-reading.js';
import type {DetectedPage} from '../src/core/sites/detect-page.js';
import {maxBioLength} from '../src/core/bio/limits.js';
import {contentRootOf, type LabelTable, type PageContext, type SiteReaders} from './define-site-readers.js';
import type {ReadablePage} from './detect-readable-page.js';
import {aroundControls} from './dom/around-controls.js';
import {pinScope, readPinned} from './dom/current-page-map.js';
import {TextIndex} from './dom/text-index.js';

/**
 * The UI language's primary subtag, e.g. "en" for `<html lang="en-GB">`; "" when the page names none.
 * The attribute is page text: anything that is not a language subtag (2–8 letters) is "und", which no
 * label table answers to.
 */
export function pageLanguage(document: Document): string {
	const tag = (document.documentElement.getAttribute('lang') ?? '').trim().toLowerCase();
	const primary = tag.split(/[-_]/)[0]!;
	return tag === '' ? '' : /^[a-z]{2,8}$/.test(primary) ? primary : 'und';
}

/**
 * The site's label table for the page's UI language; a page that names no language gets the first.
 * An own-property lookup: a page in "constructor" or "toString" must not reach the prototype.
 */
export function labelsFor(site: SiteReaders, document: Document): LabelTable | undefined {
	const language = pageLanguage(document);
	if (language === '') {
		return site.languages[Object.keys(site.languages)[0]!];
	}

	return Object.hasOwn(site.languages, language) ? site.languages[language] : undefined;
}

/** Every field of the page, unknown for one reason: nothing was read. */
export function allUnknown({page}: DetectedPage, reason: UnknownReason): Observations {
	const observations: Record<string, Observed<unknown>> = {};
	for (const field of page.fields) {
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
export function extractPage(detected: ReadablePage, document: Document): PageReading {
	return readPinned(document, () => extractPinned(detected, document));
}

function extractPinned(detected: ReadablePage, document: Document): PageReading {
	const {site, pageKind, page, siteReaders, pageReaders} = detected;
	const reading = (status: PageStatus, observations: Observations): PageReading =>
		({site: site.id, pageKind, status, observations});

	let identity;
	try {
		identity = siteReaders.identify(document, page.owner);
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

	// A settings address only ever shows the signed-in account: if its page did not show who that is,
	// say so, rather than "someone else's" (and not "signed out": Scan all's sign-out notice needs real signs).
	if (identity === 'unsure' && page.owner === 'account') {
		return reading('account-unconfirmed', allUnknown(detected, 'account-unconfirmed'));
	}

	// "unsure" is treated as someone else's: reading a stranger's page is worse than missing our own.
	if (identity !== 'own') {
		return reading('not-own-profile', allUnknown(detected, 'not-own-profile'));
	}

	const labels = labelsFor(siteReaders, document);
	if (!labels) {
		return reading('language-unsupported', allUnknown(detected, 'language-unsupported'));
	}

	const root = contentRootOf(siteReaders, document);
	if (!root) {
		return reading('read', allUnknown(detected, 'element-missing'));
	}

	// A page that names its controls is read around them first; what is not found there, over the whole root.
	const scope = pageReaders.readAround ? aroundControls(root, pageReaders.readAround) : root;
	pinScope(scope, siteReaders.skip ?? '');
	const context = createPageContext(document, labels, scope);
	// The whole root's context, made once: pinning it again would drop its map and walk the root twice.
	let whole: PageContext | undefined;
	const wholeRoot = (): PageContext => {
		if (!whole) {
			pinScope(root, siteReaders.skip ?? '');
			whole = createPageContext(document, labels, root);
		}

		return whole;
	};

	// Owner controls not seen around the page's controls are looked for over the whole root before the page is someone else's.
	if (page.owner === 'profile' && !siteReaders.showsOwnerControls(context) && (scope === root || !siteReaders.showsOwnerControls(wholeRoot()))) {
		return reading('not-own-profile', allUnknown(detected, 'not-own-profile'));
	}

	const observations = readFields(detected, context, page.fields);
	let bio = readBio(detected, context);
	const missed = page.fields.filter(field => observations[field]!.state === 'unknown');
	if (scope !== root && (missed.length > 0 || bio?.state === 'unknown')) {
		Object.assign(observations, readFields(detected, wholeRoot(), missed));
		bio = bio?.state === 'unknown' ? readBio(detected, wholeRoot()) : bio;
	}

	return {...reading('read', observations as Observations), ...(bio ? {bio} : {})};
}

/** The page's readers for `fields`, in that order: a field without a reader, or one that throws, comes out unknown. */
function readFields({pageReaders}: ReadablePage, context: PageContext, fields: readonly FieldId[]): Record<string, Observed<unknown>> {
	const observations: Record<string, Observed<unknown>> = {};
	for (const field of fields) {
		try {
			observations[field] = pageReaders.fields[field]!(context);
		} catch {
			observations[field] = unknown('element-missing');
		}
	}

	return observations;
}

function readBio({page, pageReaders}: ReadablePage, context: PageContext): Observed<string> | undefined {
	if (!page.readsBio) {
		return undefined;
	}

	try {
		const bio = pageReaders.bio!(context);
		return bio.state === 'known' ? {...bio, value: bio.value.slice(0, maxBioLength)} : bio;
	} catch {
		return unknown('element-missing');
	}
}
