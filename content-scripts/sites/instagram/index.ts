import instagram from '../../../src/core/sites/instagram.js';
import {defineSiteReaders} from '../../define-site-readers.js';
import {readActiveAppCount} from '../facebook/read-active-apps.js';
import {identifyInstagram} from './identify.js';
import {labelsEn} from '../../../src/core/labels/instagram/en.js';
import {birthdayOnAccount, contactOnAccount} from './read-accounts-center.js';
import {profileBio} from './read-bio.js';
import {radioChoice} from './read-choice.js';
import {labelledSwitch} from './read-switches.js';

// Matches only aria-labels, roles and label texts: Polaris' `x1i10hfl x9f619 …` classes churn every build.

const switchReady = '[role="main"] [role="switch"], [role="main"] input[type="checkbox"]';
const choiceReady = '[role="main"] input[type="radio"], [role="main"] [role="radio"]';

export default defineSiteReaders(instagram, {
	// English only: a page in another language of the description's readIn gets its table from the worker
	// (src/core/labels/index.ts), so this bundle does not grow with each language.
	languages: {en: labelsEn},
	// The page's <main role="main"> by its tag first: Chromium finds a tag by a fast path and a role by
	// reading each element's attributes, the app shell's thousands before the main (bench (g)).
	contentRoot: 'main, [role="main"]',
	// The grid of posts and reels (links to /p/ and /reel/).
	skip: 'article, a[href^="/p/"], a[href^="/reel/"]',
	identify: identifyInstagram,
	// Not consulted: every page kind here is an account page. Only your own profile links to Edit profile.
	showsOwnerControls: context => context.root.querySelector('a[href="/accounts/edit/"]') !== null,
	pages: {
		'account-privacy': {ready: switchReady, fields: {accountPrivate: labelledSwitch('privateAccount')}},
		'edit-profile': {ready: switchReady, fields: {accountSuggestions: labelledSwitch('accountSuggestions')}, bio: profileBio},
		'tags-and-mentions': {
			ready: choiceReady,
			fields: {
				photoTagging: radioChoice('tagsFrom', [['fromEveryone', 'anyone'], ['fromFollowing', 'following'], ['tagsOff', 'off']], ['mentionsFrom']),
				reviewTaggedPosts: labelledSwitch('manualTagApproval'),
				mentionsFrom: radioChoice('mentionsFrom', [['fromEveryone', 'anyone'], ['fromFollowing', 'following'], ['mentionsOff', 'off']], ['tagsFrom']),
			},
		},
		'messages-and-story-replies': {
			ready: choiceReady,
			fields: {
				'instagramApp.messageRequests': radioChoice('othersOnInstagram', [['requestsDelivered', 'requests'], ['requestsRefused', 'dont-receive']]),
			},
		},
		// Meta's Apps and websites pages share one design (Active / Expired / Removed tabs), so Facebook's
		// reader is used with Instagram's words.
		'apps-and-websites': {ready: '[role="main"] [role="tabpanel"]', fields: {activeAppCount: readActiveAppCount}},
		'accounts-center-personal-details': {
			ready: '[role="main"] a[href*="/personal_info/"]',
			fields: {
				birthdayOnAccount,
				phoneOnAccount: contactOnAccount('phone'),
				emailOnAccount: contactOnAccount('email'),
			},
		},
	},
});
