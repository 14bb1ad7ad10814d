import type {Identity} from '../../../src/core/model/page-reading.js';
import {pageScripts} from '../../dom/page-scripts.js';

/**
 * Google Account pages carry the signed-in account in an inline script, `WIZ_global_data`, whose
 * `oPEP7c` is the account's email address (platform-pages-3.md §2.3, H, 2019–2026: five or more
 * independent tools). The content script runs in an isolated world, so it reads the script's text,
 * never the page's globals, and keeps only whether the address is there: never the address.
 */
const viewerKey = /"oPEP7c"\s*:\s*"([^"\\]|\\.)/;
const emptyViewer = /"oPEP7c"\s*:\s*""/;

/** Signed out: a link to Google's sign-in page (§2.3, M, FIRESER 2020 `isLoggedIn`). */
const signInLink = 'a[href^="https://accounts.google.com/ServiceLogin"]';

/** Whether an inline WIZ_global_data script names a signed-in account: yes, no (empty or absent key), or undefined (no such script). */
function viewerInData(document: Document): boolean | undefined {
	let seen = false;
	for (const script of pageScripts(document).filter(script => !script.matches('[src]'))) {
		const text = script.textContent ?? '';
		// A page sample keeps the object as JSON data under the global's name (capture/redact-json.ts).
		const data = script.id === 'WIZ_global_data' && script.getAttribute('type') === 'application/json';
		if (!data && !text.includes('WIZ_global_data')) {
			continue;
		}

		seen = true;
		if (viewerKey.test(text) && !emptyViewer.test(text)) {
			return true;
		}
	}

	return seen ? false : undefined;
}

/**
 * Every page on these hosts shows only the signed-in account's own settings (owner "account"), so
 * the question is only who is signed in. A named viewer and no sign-in link → own; a sign-in link and
 * no viewer → logged out; both, or neither → unsure, which reads nothing.
 */
export function identifyGoogle(document: Document): Identity {
	const viewer = viewerInData(document);
	const signIn = document.querySelector(signInLink) !== null;
	if (viewer === true && !signIn) {
		return 'own';
	}

	return signIn && viewer !== true ? 'logged-out' : 'unsure';
}
