import type {Identity} from '../../../src/core/model/page-reading.js';
import type {PageOwner} from '../../../src/core/sites/define-site.js';
import {addressesSinceLoad} from '../../page-history.js';
import {channelMetadata, headerSays} from './channel-header.js';
import {at, initialData, loggedInFlag, type JsonObject} from './initial-data.js';

const pathOf = (href: string): string | undefined => {
	try {
		return new URL(href).pathname.replace(/\/+$/, '') || '/';
	} catch {
		return undefined;
	}
};

/**
 * Signed in or out, from every sign the page gives (platform-pages-3.md §3.3): `ytcfg` LOGGED_IN
 * (H), the data's `responseContext.mainAppWebResponseContext.loggedOut` (M, seen in scraped pages), the
 * avatar button `button#avatar-btn` (M) and Google's sign-in link (M). Signs that disagree, or none → unsure.
 */
function signedIn(document: Document, data: JsonObject | undefined): boolean | undefined {
	const flag = loggedInFlag(document);
	const loggedOut = at(data, 'responseContext', 'mainAppWebResponseContext', 'loggedOut');
	const avatar = document.querySelector('button#avatar-btn') !== null;
	// Asked only without the avatar, where it counts: a link search costs most of a walk of a large page.
	const signInLink = !avatar && document.querySelector('a[href^="https://accounts.google.com/ServiceLogin"]') !== null;
	const inSigns = [flag === true, loggedOut === false, avatar].filter(Boolean).length;
	const outSigns = [flag === false, loggedOut === true, signInLink].filter(Boolean).length;
	if (inSigns > 0 && outSigns === 0) {
		return true;
	}

	return outSigns > 0 && inSigns === 0 ? false : undefined;
}

/**
 * Whether the embedded data was made for the page shown now. YouTube writes `ytInitialData` once, at
 * a full load, and fetches later pages' data as the app navigates (§3.3: "on a full page load"): after
 * any in-app navigation the inline data describes the first page. Every address since load must be this one.
 */
function dataIsCurrent(document: Document): boolean {
	const paths = addressesSinceLoad(document).map(pathOf);
	const now = paths.at(-1);
	return now !== undefined && paths.every(path => path === now);
}

/** Whether the address names this channel, if it names one: `/channel/<id>/about` by id, `/@<handle>/about` by handle. */
function addressNames(document: Document, channel: {id: string; vanityUrl?: string}): boolean {
	const path = document.location?.pathname ?? '';
	const byId = /^\/channel\/([^/]+)\/about\/?$/.exec(path);
	if (byId) {
		return byId[1] === channel.id;
	}

	const byHandle = /^\/(@[^/]+)\/about\/?$/.exec(path);
	if (!byHandle) {
		// An older custom address (`/c/<name>/about`) names no id or handle the data carries: the
		// header and the page's own controls decide.
		return true;
	}

	if (!channel.vanityUrl) {
		return false;
	}

	let handle: string;
	try {
		handle = decodeURIComponent(byHandle[1]!).toLowerCase();
	} catch {
		return false;
	}

	return channel.vanityUrl.toLowerCase().replace(/\/+$/, '').endsWith(`/${handle}`);
}

/**
 * Signed in, then (Settings pages only ever show the signed-in account) own; a channel is own only
 * when its header shows the owner's buttons and no subscribe button (channel-header.ts), and it is
 * the channel the address names. No current data → stale; anything unclear → unsure, read as not yours.
 */
export function identifyYouTube(document: Document, owner: PageOwner): Identity {
	const data = initialData(document);
	const state = signedIn(document, data);
	if (state === false) {
		return 'logged-out';
	}

	if (state === undefined) {
		return 'unsure';
	}

	if (!dataIsCurrent(document)) {
		return 'stale';
	}

	if (owner === 'account') {
		return 'own';
	}

	const channel = data ? channelMetadata(data) : undefined;
	if (!data || !channel || !addressNames(document, channel)) {
		return 'unsure';
	}

	const says = headerSays(data);
	return says === 'unknown' ? 'unsure' : says;
}
