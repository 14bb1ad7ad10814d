import type {PageSpec} from '../../define-site.js';
import {defineSite} from '../../define-site.js';
import {readActiveAppCount} from '../facebook/read-lists.js';
import {identifyInstagram} from './identify.js';
import {labelsEn} from './labels-en.js';
import {birthdayOnAccount, contactOnAccount} from './read-accounts-center.js';
import {radioChoice} from './read-choice.js';
import {labelledSwitch, profileBio} from './readers.js';

// Matches only aria-labels, roles and label texts: Polaris' `x1i10hfl x9f619 …` classes churn every build.
// Facts and vintage: platform-pages-2.md §2 (2025–26) and platform-pages.md §3.

/** Paths of www.instagram.com, without a trailing slash; other hosts never match. */
const instagramPath = (url: URL): string | undefined =>
	(url.hostname === 'www.instagram.com' ? url.pathname.replace(/\/+$/, '') : undefined);

const switchReady = '[role="main"] [role="switch"], [role="main"] input[type="checkbox"]';
const choiceReady = '[role="main"] input[type="radio"], [role="main"] [role="radio"]';

/** A page of the viewer's own account at one or more www.instagram.com/accounts/<path>/ routes. */
const accountPage = (paths: readonly string[], fields: PageSpec['fields']): PageSpec => ({
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
	// Accounts Center has its own host (platform-pages.md §3.1, L): personal details live there.
	matches: ['https://www.instagram.com/*', 'https://accountscenter.instagram.com/*'],
	languages: {en: labelsEn},
	contentRoot: '[role="main"]',
	identify: identifyInstagram,
	// Not consulted: every page kind here is an account page. Only your own profile links to Edit profile.
	showsOwnerControls: context => context.root.querySelector('a[href="/accounts/edit/"]') !== null,
	checkupUrl: 'https://www.instagram.com/accounts/who_can_see_your_content/',
	pages: {
		// Both routes are evidenced and neither is known to be canonical (platform-pages-2.md §2.1, §6).
		'account-privacy': accountPage(['who_can_see_your_content', 'privacy_setting'], {
			accountPrivate: labelledSwitch('privateAccount'),
		}),
		// The suggestions switch, and the bio: its text is scanned in the background and only the kinds
		// found are kept. Never the name or any other form field.
		'edit-profile': {...accountPage(['edit'], {
			accountSuggestions: labelledSwitch('accountSuggestions'),
		}), bio: profileBio},
		// Who can tag and mention you, and whether tags wait for your approval (platform-pages-2.md §2.4,
		// L–M: labels from a clone of the real UI, radio and switch markup never observed).
		'tags-and-mentions': {...accountPage(['tags_and_mentions'], {
			photoTagging: radioChoice('tagsFrom', [['fromEveryone', 'anyone'], ['fromFollowing', 'following'], ['tagsOff', 'off']], ['mentionsFrom']),
			reviewTaggedPosts: labelledSwitch('manualTagApproval'),
			mentionsFrom: radioChoice('mentionsFrom', [['fromEveryone', 'anyone'], ['fromFollowing', 'following'], ['mentionsOff', 'off']], ['tagsFrom']),
		}), ready: choiceReady},
		// Where messages from people you don't follow go (platform-pages-2.md §2.1: the path is L; the
		// choices are the app's, risks-and-settings.md (b), M). Fills the field the guided question asks
		// about: a reading newer than the answer wins (src/core/audit/merge-observations.ts).
		'messages-and-story-replies': {...accountPage(['messages_and_story_replies'], {
			'instagramApp.messageRequests': radioChoice('othersOnInstagram', [['requestsDelivered', 'requests'], ['requestsRefused', 'dont-receive']]),
		}), ready: choiceReady},
		// The apps with access to the account (platform-pages.md §3.1 M for the path; the page's markup
		// is not documented, L). Meta's Apps and websites pages share one design: Active / Expired /
		// Removed tabs, so Facebook's reader is used with Instagram's words.
		'apps-and-websites': {...accountPage(['manage_access'], {
			activeAppCount: readActiveAppCount,
		}), ready: '[role="main"] [role="tabpanel"]'},
		// Only whether a birthday and which kinds of contact point are on the account: never the values.
		'accounts-center-personal-details': {
			// platform-pages.md §3.1: by analogy with Facebook's Accounts Center, not verified (L).
			facts: {confirmed: '2026', confidence: 'L'},
			url: 'https://accountscenter.instagram.com/personal_info/',
			matches: url => url.hostname === 'accountscenter.instagram.com' && url.pathname.replace(/\/+$/, '') === '/personal_info',
			owner: 'account',
			ready: '[role="main"] a[href*="/personal_info/"]',
			fields: {
				birthdayOnAccount,
				phoneOnAccount: contactOnAccount('phone'),
				emailOnAccount: contactOnAccount('email'),
			},
			examples: ['https://accountscenter.instagram.com/personal_info/', 'https://accountscenter.instagram.com/personal_info/?entrypoint=instagram_web'],
		},
	},
});
