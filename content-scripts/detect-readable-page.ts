import {detectPage, type DetectedPage} from '../src/core/sites/detect-page.js';
import type {PageReaders, SiteReaders} from './define-site-readers.js';

/** A described page kind of a site this script has readers for, with those readers. */
export type ReadablePage = DetectedPage & {readonly siteReaders: SiteReaders; readonly pageReaders: PageReaders};

/** One page kind of a site, with its description and its readers; undefined when either is missing. */
export function readablePage(siteReaders: SiteReaders, pageKind: string): ReadablePage | undefined {
	const page = siteReaders.site.pages[pageKind];
	const pageReaders = siteReaders.pages[pageKind];
	return page && pageReaders ? {site: siteReaders.site, pageKind, page, siteReaders, pageReaders} : undefined;
}

/** URL → the page kind and its readers, among the sites given (a content bundle gives only its own). */
export function detectReadablePage(sites: readonly SiteReaders[], href: string): ReadablePage | undefined {
	const detected = detectPage(sites.map(readers => readers.site), href);
	const siteReaders = sites.find(readers => readers.site === detected?.site);
	return detected && siteReaders ? readablePage(siteReaders, detected.pageKind) : undefined;
}
