import type {PageDescription, SiteDescription} from './define-site.js';

export type DetectedPage = {site: SiteDescription; pageKind: string; page: PageDescription};

/** URL → (site, page kind). Cheap: this is all the content script does on other pages. */
export function detectPage(sites: readonly SiteDescription[], href: string): DetectedPage | undefined {
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
