import {sites} from '../core/sites/index.js';
import type {SiteCatalog} from '../core/model/site-catalog.js';

/** Sites and their page kinds as plain data: the popup gets this instead of bundling the adapters. */
export const siteCatalog = (): SiteCatalog => sites.map(site => ({
	id: site.id,
	name: site.name,
	pages: Object.entries(site.pages).map(([pageKind, page]) => ({pageKind, url: page.url, ...(page.reachedByClick ? {reachedByClick: true as const} : {})})),
}));
