import type {PageSpec, Site} from './define-site.js';

export type DetectedPage = {site: Site; pageKind: string; page: PageSpec};

/** URL → (site, page kind). Cheap: this is all the content script does on other pages. */
export function detectPage(sites: readonly Site[], href: string): DetectedPage | undefined {
	let url: URL;
	try {
		url = new URL(href);
	} catch {
		return undefined;
	}

	for (const site of sites) {
		for (const [pageKind, page] of Object.entries(site.pages)) {
			if (page.matches(url)) {
				return {site, pageKind, page};
			}
		}
	}

	return undefined;
}
