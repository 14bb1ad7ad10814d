import {contentMessaging, type ContentMessaging} from '../src/browser/content-messaging.js';
import type {PageReading} from '../src/core/model/page-reading.js';
import {contentRootOf, type SiteReaders} from './define-site-readers.js';
import {detectReadablePage, type ReadablePage} from './detect-readable-page.js';
import {noteAddress} from './page-history.js';
import {withPageLabels} from './page-labels.js';
import {showMe} from './show-me/show-me.js';
import {extractPage} from './extract-page.js';
import {waitForReady} from './wait-for-ready.js';
import {watchControls} from './watch-controls.js';
import {watchNavigation} from './watch-navigation.js';
import {sendWithRetry} from './send-with-retry.js';

const readyTimeoutMs = 10_000;

/** How the content script reaches the worker: the real runtime messaging, or a stand-in in tests. */
type Send = ContentMessaging['sendToBackground'];

/** Stops watching the previous page's controls; replaced on every navigation. */
let stopWatching = () => {};

async function audit(sites: readonly SiteReaders[], href: string, send: Send): Promise<void> {
	stopWatching();
	const detected = detectReadablePage(sites, href);
	if (!detected) {
		// Not an audited page: the URL check is all we do, and the popup is told so (no guessing there).
		const site = sites.map(readers => readers.site).find(candidate => candidate.matches.some(pattern => new URL(pattern.replace('*', 'x')).hostname === location.hostname));
		await send('notePage', {site: (site ?? sites[0]!.site).id, pageKind: '', status: 'not-audited'}).catch(() => undefined);
		return;
	}

	// While the page renders, the popup says "reading", not "this page isn't one Overshare reads".
	await send('notePage', {site: detected.site.id, pageKind: detected.pageKind, status: 'reading'}).catch(() => undefined);

	// Signed out: nothing will render worth waiting for, and nothing is read anyway.
	const signedOut = detected.siteReaders.identify(document, detected.page.owner) === 'logged-out';
	// If the page never shows its ready signal, read anyway: what is missing comes out
	// "element missing", which is the truth when a layout has changed.
	if (!signedOut) {
		await waitForReady(document, detected.pageReaders.ready, readyTimeoutMs);
	}

	if (location.href !== href) {
		return; // The user moved on while we waited; the navigation watcher handles the new page.
	}

	// A page in a language the site is read in besides English: its words come from the worker.
	const readable = await withPageLabels(detected, document, send);
	if (location.href !== href) {
		return;
	}

	const reading = extractPage(readable, document);
	const showMeRequest = await sendWithRetry(async () => send('reportPage', reading));
	if (reading.status === 'read') {
		recheckOnChange(readable, href, reading, send);
	}

	if (showMeRequest) {
		showMe(readable, document, showMeRequest);
	}
}

const knownCount = (reading: PageReading) => Object.values(reading.observations).filter(observed => observed.state === 'known').length;

/**
 * Live re-check: while the user stays on an audited page of their own, a change to its controls is
 * read again and reported, so the popup item turns ok the moment the user fixes it.
 */
function recheckOnChange(detected: ReadablePage, href: string, first: PageReading, send: Send): void {
	const root = contentRootOf(detected.siteReaders, document);
	if (!root) {
		return;
	}

	let last = first;
	stopWatching = watchControls(root, () => {
		if (location.href !== href) {
			return;
		}

		const reading = extractPage(detected, document);
		// A control that vanished mid-re-render (a dialog open, a row redrawn) is not a finding;
		// the next visit reads the page afresh.
		if (knownCount(reading) < knownCount(last) || JSON.stringify(reading) === JSON.stringify(last)) {
			return;
		}

		last = reading;
		send('reportPage', {...reading, live: true}).catch(() => undefined);
	});
}

/**
 * The content script of one site: each site ships its own bundle (manifest entry per site), so a
 * page loads only its own adapter and the bundles stay small as sites are added.
 */
export function runContentScript(sites: readonly SiteReaders[], messaging: ContentMessaging = contentMessaging): void {
	// Errors stay out of the site's console (a stopped worker or an extension update mid-send);
	// the next visit reads the page again.
	const auditQuietly = (href: string) => audit(sites, href, messaging.sendToBackground).catch(() => undefined);
	noteAddress(location.href);
	void auditQuietly(location.href);
	watchNavigation(window, href => {
		noteAddress(href);
		void auditQuietly(href);
	});
	// "Save a page sample" is not here: the popup injects capture.js when the user asks (capture/capture-main.ts).
}
