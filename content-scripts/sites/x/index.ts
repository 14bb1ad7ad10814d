import type {PageSpec} from '../../define-site.js';
import {defineSite} from '../../define-site.js';
import {identifyX} from './identify.js';
import {labelsEn} from './labels-en.js';
import {labelsEs} from './labels-es.js';
import {birthdateVisibility, checkbox, linkRowValue, profileBio, radioChoice} from './readers.js';

// Matches only label texts, input types and data-testid: X's `css-175oi2r r-…` classes churn every build.
// Facts and vintage: platform-pages.md §1 (X's shipped web client, 2025-07; live note, 2026-10).

/** A path of x.com, without a trailing slash; other hosts never match. */
const xPath = (url: URL): string | undefined => (url.hostname === 'x.com' ? url.pathname.replace(/\/+$/, '') : undefined);

const checkboxReady = '[role="main"] label input[type="checkbox"]';

/** A settings page of the viewer's own account at x.com/settings/<path>. */
const settingsPage = (path: string, title: string, ready: string, fields: PageSpec['fields']): PageSpec => ({
	title,
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
		'settings-audience': settingsPage('audience_and_tagging', 'Settings › Audience, media and tagging',
			'[role="main"] a[href="/settings/tagging"]', {
				postsProtected: checkbox('protectPosts'),
				photoTagging: linkRowValue('photoTagging', [['taggingAnyone', 'anyone'], ['taggingFollowing', 'following'], ['taggingOff', 'off']]),
			}),
		'settings-location': settingsPage('location', 'Settings › Add location information to your posts', checkboxReady, {
			geotagPosts: checkbox('geotagPosts'),
		}),
		'settings-contacts': settingsPage('contacts', 'Settings › Discoverability and contacts', checkboxReady, {
			findableByEmail: checkbox('findByEmail'),
			findableByPhone: checkbox('findByPhone'),
		}),
		'settings-direct-messages': settingsPage('direct_messages', 'Settings › Direct Messages',
			'[role="main"] input[type="radio"], [role="main"] [role="radio"]', {
				messageRequestsFrom: radioChoice('messageRequests', [['requestsNoOne', 'no-one'], ['requestsVerified', 'verified'], ['requestsEveryone', 'everyone']]),
			}),
		'settings-data-sharing': settingsPage('data_sharing_with_business_partners', 'Settings › Data sharing with business partners', checkboxReady, {
			businessPartnerSharing: checkbox('businessPartners'),
		}),
		'settings-ads': settingsPage('ads_preferences', 'Settings › Ads preferences', checkboxReady, {
			personalizedAds: checkbox('personalizedAds'),
		}),
		'settings-grok': settingsPage('grok_settings', 'Settings › Grok & Third-party Collaborators', checkboxReady, {
			aiTrainingAllowed: checkbox('grokTraining'),
		}),
		// A dialog over Home; its birth-date editor opens after "Birth date" › "Edit" (platform-pages.md §1.3).
		// The bio is read too: its text is scanned in the background and only the kinds found are kept.
		'edit-profile': {...settingsPage('profile', 'Edit profile › Birth date',
			'[data-testid="ProfileBirthdate"], [data-testid="Profile_Save_Button"]', {
				birthdayDayMonth: birthdateVisibility('ProfileBirthdate_Day_Month_Visibility'),
				birthdayYear: birthdateVisibility('ProfileBirthdate_Year_Visibility'),
			}), bio: profileBio},
	},
});
