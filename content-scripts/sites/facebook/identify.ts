import type {Identity} from '../../../src/core/model/page-reading.js';
import type {PageOwner} from '../../../src/core/sites/define-site.js';
import {pageScripts} from '../../dom/page-scripts.js';

/**
 * Who is signed in and whose profile this is, from the page's own script data
 * (platform-pages-2.md §1.5, H, 2023–26):
 * - viewer: ["CurrentUserInitialData",[],{"ACCOUNT_ID":…,"USER_ID":"<id>",…}]; "0" when logged out;
 * - owner: "profile_owner":{"id":"<id>"} right after "ProfileActionBlock" (an unscoped match can
 *   hit ids of Pages in the viewer's sidebar), else the profile query's "userID".
 */
const viewerPattern = /"CurrentUserInitialData",\[\],\{[^{}]*?"USER_ID":"(\d+)"/;
const scopedOwnerPattern = /"ProfileActionBlock",[^]{0,400}?"profile_owner":\{"id":"(\d+)"/;
const ownerPattern = /"profile_owner":\{"id":"(\d+)"/;
const userIdPattern = /"userID":"(\d+)"/;

function scriptTexts(document: Document): string[] {
	const texts: string[] = [];
	for (const script of pageScripts(document)) {
		const text = script.textContent ?? '';
		if (text.includes('CurrentUserInitialData') || text.includes('profile_owner') || text.includes('"userID"')) {
			texts.push(text);
		}
	}

	return texts;
}

const firstMatch = (texts: string[], pattern: RegExp): string | undefined => {
	for (const text of texts) {
		const match = pattern.exec(text);
		if (match) {
			return match[1];
		}
	}

	return undefined;
};

const hasLoginForm = (document: Document): boolean =>
	document.querySelector('form[action*="/login"], input[name="pass"][type="password"]') !== null;

export function identifyFacebook(document: Document, owner: PageOwner): Identity {
	const texts = scriptTexts(document);
	const viewer = firstMatch(texts, viewerPattern);
	if (viewer === undefined) {
		return hasLoginForm(document) ? 'logged-out' : 'unsure';
	}

	if (viewer === '0') {
		return 'logged-out';
	}

	if (owner === 'account') {
		return 'own';
	}

	const profileOwner = firstMatch(texts, scopedOwnerPattern) ?? firstMatch(texts, ownerPattern) ?? firstMatch(texts, userIdPattern);
	if (profileOwner === undefined) {
		return 'unsure';
	}

	return profileOwner === viewer ? 'own' : 'other';
}
