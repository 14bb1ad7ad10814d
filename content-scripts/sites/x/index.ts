import type {PageSpec} from '../../define-site.js';
import {defineSite} from '../../define-site.js';
import {handleOf, identifyX} from './identify.js';
import {labelsEn} from './labels-en.js';
import {labelsEs} from './labels-es.js';
import {connectedAppCount} from './read-apps.js';
import {editBirthLine, editLocation, headerBirthLine, headerLocation} from './read-profile.js';
import {birthdateVisibility, checkbox, linkRowValue, profileBio, radioChoice} from './readers.js';

// Matches only label texts, input types and data-testid: X's `css-175oi2r r-…` classes churn every build.
// Facts and vintage: platform-pages.md §1 (X's shipped web client, 2025-07; live note, 2026-10).

/** A path of x.com, without a trailing slash; other hosts never match. */
const xPath = (url: URL): string | undefined => (url.hostname === 'x.com' ? url.pathname.replace(/\/+$/, '') : undefined);

const checkboxReady = '[role="main"] label input[type="checkbox"]';

/** X's own one-segment routes (platform-pages.md §1.1, and pages every client has), never a handle. */
const routes = new Set(['home', 'explore', 'notifications', 'messages', 'settings', 'search', 'compose', 'login', 'logout', 'signup', 'tos', 'privacy', 'i']);

/**
 * A profile, `x.com/<handle>` (platform-pages.md §1.3). No X address is known to open your own
 * profile (§1.1 lists none), so the page is reached by a click: from Home, the side bar's "Profile".
 * Scan all skips it; your header is read when you open your profile yourself.
 */
const isProfile = (url: URL): boolean => {
	const handle = handleOf(xPath(url));
	return handle !== undefined && !routes.has(handle);
};

/** A settings page of the viewer's own account at x.com/settings/<path>. */
const settingsPage = (path: string, ready: string, fields: PageSpec['fields']): PageSpec => ({
	url: `https://x.com/settings/${path}`,
	matches: url => xPath(url) === `/settings/${path}`,
	owner: 'account',
	ready,
	fields,
	examples: [`https://x.com/settings/${path}`, `https://x.com/settings/${path}/`],
});

export default defineSite({
	id: 'x',
	name: 'X',
	matches: ['https://x.com/*'],
	languages: {en: labelsEn, es: labelsEs},
	contentRoot: '[role="main"]',
	identify: identifyX,
	// Only the edit-profile form has owner controls; every page kind here is an account page.
	showsOwnerControls: context => context.document.querySelector('[data-testid="Profile_Save_Button"], [data-testid="editProfileButton"]') !== null,
	checkupUrl: 'https://x.com/settings/privacy_and_safety',
	pages: {
		'settings-audience': settingsPage('audience_and_tagging',
			'[role="main"] a[href="/settings/tagging"]', {
				postsProtected: checkbox('protectPosts'),
				photoTagging: linkRowValue('photoTagging', [['taggingAnyone', 'anyone'], ['taggingFollowing', 'following'], ['taggingOff', 'off']]),
			}),
		'settings-location': settingsPage('location', checkboxReady, {
			geotagPosts: checkbox('geotagPosts'),
		}),
		'settings-contacts': settingsPage('contacts', checkboxReady, {
			findableByEmail: checkbox('findByEmail'),
			findableByPhone: checkbox('findByPhone'),
		}),
		'settings-direct-messages': settingsPage('direct_messages',
			'[role="main"] input[type="radio"], [role="main"] [role="radio"]', {
				messageRequestsFrom: radioChoice('messageRequests', [['requestsNoOne', 'no-one'], ['requestsVerified', 'verified'], ['requestsEveryone', 'everyone']]),
			}),
		'settings-data-sharing': settingsPage('data_sharing_with_business_partners', checkboxReady, {
			businessPartnerSharing: checkbox('businessPartners'),
		}),
		'settings-ads': settingsPage('ads_preferences', checkboxReady, {
			personalizedAds: checkbox('personalizedAds'),
		}),
		'settings-grok': settingsPage('grok_settings', checkboxReady, {
			aiTrainingAllowed: checkbox('grokTraining'),
		}),
		// A dialog over Home; its birth-date editor opens after "Birth date" › "Edit" (platform-pages.md §1.3).
		// The bio is read too: its text is scanned in the background and only the kinds found are kept.
		'edit-profile': {...settingsPage('profile',
			'[data-testid="ProfileBirthdate"], [data-testid="Profile_Save_Button"]', {
				birthdayDayMonth: birthdateVisibility('ProfileBirthdate_Day_Month_Visibility'),
				birthdayYear: birthdateVisibility('ProfileBirthdate_Year_Visibility'),
				currentCity: editLocation,
				birthdateOnProfile: editBirthLine,
			}), bio: profileBio},
		'settings-inferred-identity': settingsPage('off_twitter_activity', checkboxReady, {
			inferredIdentity: checkbox('inferredIdentity'),
		}),
		'settings-connected-apps': settingsPage('connected_apps',
			'[role="main"] a[href^="/settings/connected_apps/"], [role="main"] section[aria-label] h2', {
				activeAppCount: connectedAppCount,
			}),
		// The header of your own profile, by testid only (§1.3, H, 2025-07): whether a location and a
		// "Born …" line are shown, never their text. Someone else's profile, or one without the
		// owner-only "Edit profile" button, is never read.
		profile: {
			// platform-pages.md §1.3 (header testids H, 2025-07 bundle; the 2026-10 note, M).
			facts: {confirmed: '2026-10', confidence: 'M'},
			url: 'https://x.com/home',
			reachedByClick: true,
			matches: isProfile,
			owner: 'profile',
			ready: '[data-testid="UserProfileHeader_Items"] [data-testid="UserJoinDate"], [data-testid="editProfileButton"], [data-testid="UserName"]',
			fields: {currentCity: headerLocation, birthdateOnProfile: headerBirthLine},
			examples: ['https://x.com/sam_placeholder', 'https://x.com/Sam_Placeholder/', 'https://x.com/sam_placeholder?lang=en'],
		},
	},
});
