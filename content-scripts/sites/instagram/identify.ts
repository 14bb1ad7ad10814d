import type {Identity} from '../../../src/core/model/page-reading.js';
import type {PageOwner} from '../../../src/core/sites/define-site.js';
import {anyMatches} from '../../dom/any-matches.js';
import {pageScripts} from '../../dom/page-scripts.js';

/**
 * Who is signed in, from the page's embedded viewer define (platform-pages-2.md §2.5, H, 2026-09):
 * `["PolarisViewer",[],{"data":{"id":"<pk>",…` when signed in, `{"data":null` when signed out.
 * The log-in form's password box or a link to the log-in page also means signed out. Both signs,
 * or neither, → unsure. Settings pages only ever show the signed-in viewer's own account.
 */
const viewerPattern = /\["PolarisViewer",\[\],\{"data":(null|\{"id":"\d+")/;
const signedOut = ['input[name="password"]', 'form#loginForm', 'a[href^="/accounts/login"]'];

function viewerData(document: Document): 'signed-in' | 'signed-out' | undefined {
	for (const script of pageScripts(document).filter(script => script.matches('[type="application/json"]'))) {
		const text = script.textContent ?? '';
		const match = text.includes('PolarisViewer') ? viewerPattern.exec(text) : null;
		if (match) {
			return match[1] === 'null' ? 'signed-out' : 'signed-in';
		}
	}

	return undefined;
}

/**
 * Accounts Center (accountscenter.instagram.com) is Meta's shared account app, not Polaris: by analogy
 * with accountscenter.facebook.com (platform-pages-2.md §1.5, H there; L here) its viewer is
 * `["CurrentUserInitialData",[],{…"USER_ID":"<id>"…}]`, "0" when signed out. It only ever shows the
 * signed-in account.
 */
const accountsCenterViewer = /"CurrentUserInitialData",\[\],\{[^{}]*?"USER_ID":"(\d+)"/;

function identifyAccountsCenter(document: Document, owner: PageOwner): Identity {
	let viewer: string | undefined;
	for (const script of pageScripts(document)) {
		const text = script.textContent ?? '';
		viewer ??= text.includes('CurrentUserInitialData') ? accountsCenterViewer.exec(text)?.[1] : undefined;
	}

	const loginShown = anyMatches(document, signedOut);
	if (viewer === '0' || (viewer === undefined && loginShown)) {
		return 'logged-out';
	}

	return viewer !== undefined && !loginShown && owner === 'account' ? 'own' : 'unsure';
}

export function identifyInstagram(document: Document, owner: PageOwner): Identity {
	if (document.location?.hostname === 'accountscenter.instagram.com') {
		return identifyAccountsCenter(document, owner);
	}

	const viewer = viewerData(document);
	const loginShown = viewer === 'signed-out' || anyMatches(document, signedOut);
	if (loginShown && viewer !== 'signed-in') {
		return 'logged-out';
	}

	if (viewer !== 'signed-in' || loginShown) {
		return 'unsure';
	}

	// Every Instagram page kind here is an account page; a profile page would need an owner check.
	return owner === 'account' ? 'own' : 'unsure';
}
