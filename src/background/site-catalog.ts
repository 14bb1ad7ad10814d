import {sites} from '../core/sites/index.js';
import type {SiteCatalog} from '../core/model/site-catalog.js';

/** Sites and their page kinds as plain data: the popup gets this instead of bundling the adapters. `off`: sites an organisation turned off. */
export const siteCatalog = (off: readonly string[] = []): SiteCatalog => sites.filter(site => !off.includes(site.id)).map(site => ({
	id: site.id,
	name: site.name,
	readIn: site.readIn,
	pages: Object.entries(site.pages).map(([pageKind, page]) => ({pageKind, url: page.url, ...(page.reachedByClick ? {reachedByClick: true as const} : {})})),
}));
