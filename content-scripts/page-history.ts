/**
 * The addresses this document has shown since it loaded. Single-page apps (TikTok) embed page data
 * once, for the address the document was loaded at; after an in-app navigation that data describes
 * an earlier page, and reading it would report old values (platform-pages-2.md §3.3). The runner
 * notes each address it sees; the browser's Navigation Timing entry adds the address the document
 * was loaded at, which pushState does not change (so a client-side redirect before the script
 * started is seen too).
 */
const noted: string[] = [];

export function noteAddress(href: string): void {
	if (noted.at(-1) !== href) {
		noted.push(href);
	}
}

/** The load address (where the browser reports it), every noted address, and the current one, oldest first. */
export function addressesSinceLoad(document: Document): string[] {
	let loaded: string | undefined;
	try {
		const entry = document.defaultView?.performance?.getEntriesByType?.('navigation')[0];
		loaded = typeof entry?.name === 'string' && entry.name !== '' ? entry.name : undefined;
	} catch {
		loaded = undefined;
	}

	return [...(loaded ? [loaded] : []), ...noted, document.location.href];
}

/** For tests: a fresh document's history. */
export function forgetAddresses(): void {
	noted.length = 0;
}
