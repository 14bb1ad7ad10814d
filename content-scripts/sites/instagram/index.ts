import type {PageSpec} from '../../define-site.js';
import {defineSite} from '../../define-site.js';
import {identifyInstagram} from './identify.js';
import {labelsEn} from './labels-en.js';
import {labelledSwitch, profileBio} from './readers.js';

// Matches only aria-labels, roles and label texts: Polaris' `x1i10hfl x9f619 …` classes churn every build.
// Facts and vintage: platform-pages-2.md §2 (2025–26) and platform-pages.md §3.

/** Paths of www.instagram.com, without a trailing slash; other hosts never match. */
const instagramPath = (url: URL): string | undefined =>
	(url.hostname === 'www.instagram.com' ? url.pathname.replace(/\/+$/, '') : undefined);

const switchReady = '[role="main"] [role="switch"], [role="main"] input[type="checkbox"]';

/** A page of the viewer's own account at one or more www.instagram.com/accounts/<path>/ routes. */
const accountPage = (paths: readonly string[], title: string, fields: PageSpec['fields']): PageSpec => ({
	title,
	url: `https://www.instagram.com/accounts/${paths[0]}/`,
	matches: url => paths.some(path => instagramPath(url) === `/accounts/${path}`),
	owner: 'account',
	ready: switchReady,
	fields,
	examples: paths.flatMap(path => [`https://www.instagram.com/accounts/${path}/`, `https://www.instagram.com/accounts/${path}`]),
});

export default defineSite({
	id: 'instagram',
	name: 'Instagram',
	matches: ['https://www.instagram.com/*'],
	languages: {en: labelsEn},
	contentRoot: '[role="main"]',
	identify: identifyInstagram,
	// Not consulted: every page kind here is an account page. Only your own profile links to Edit profile.
	showsOwnerControls: context => context.root.querySelector('a[href="/accounts/edit/"]') !== null,
	checkupUrl: 'https://www.instagram.com/accounts/who_can_see_your_content/',
	pages: {
		// Both routes are evidenced and neither is known to be canonical (platform-pages-2.md §2.1, §6).
		'account-privacy': accountPage(['who_can_see_your_content', 'privacy_setting'], 'Settings › Account privacy', {
			accountPrivate: labelledSwitch('privateAccount'),
		}),
		// The suggestions switch, and the bio: its text is scanned in the background and only the kinds
		// found are kept. Never the name or any other form field.
		'edit-profile': {...accountPage(['edit'], 'Edit profile', {
			accountSuggestions: labelledSwitch('accountSuggestions'),
		}), bio: profileBio},
	},
});
