import {send} from '../src/send.js';
import {detectPage} from './detect-page.js';
import {extractPage} from './extract-page.js';
import {sites} from './sites/index.js';
import {waitForReady} from './wait-for-ready.js';
import {watchNavigation} from './watch-navigation.js';

const readyTimeoutMs = 10_000;

async function audit(href: string): Promise<void> {
	const detected = detectPage(sites, href);
	if (!detected) {
		return; // Not an audited page: the URL check above is all we do.
	}

	// Signed out: nothing will render worth waiting for, and nothing is read anyway.
	const signedOut = detected.site.identify(document, detected.page.owner) === 'logged-out';
	// If the page never shows its ready signal, read anyway: what is missing comes out
	// "element missing", which is the truth when a layout has changed.
	if (!signedOut) {
		await waitForReady(document, detected.page.ready, readyTimeoutMs);
	}

	if (location.href !== href) {
		return; // The user moved on while we waited; the navigation watcher handles the new page.
	}

	await send('reportPage', extractPage(detected, document));
}

// Errors stay out of the site's console (a stopped worker or an extension update mid-send);
// the next visit reads the page again.
const auditQuietly = (href: string) => audit(href).catch(() => undefined);

void auditQuietly(location.href);
watchNavigation(window, href => void auditQuietly(href));
