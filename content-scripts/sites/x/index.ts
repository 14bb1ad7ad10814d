import x from '../../../src/core/sites/x.js';
import {defineSiteReaders} from '../../define-site-readers.js';
import {anyMatches} from '../../dom/any-matches.js';
import {identifyX} from './identify.js';
import {labelsEn} from '../../../src/core/labels/x/en.js';
import {connectedAppCount} from './read-connected-apps.js';
import {birthdateVisibility, editBirthLine, editLocation, profileBio} from './read-edit-profile.js';
import {headerBirthLine, headerLocation} from './read-profile-header.js';
import {checkbox, linkRowValue, radioChoice} from './read-settings.js';

// Matches only label texts, input types and data-testid: X's `css-175oi2r r-…` classes churn every build.

const checkboxReady = '[role="main"] label input[type="checkbox"]';

export default defineSiteReaders(x, {
	// English only: a page in another language of the description's readIn gets its table from the worker
	// (src/core/labels/index.ts), so this bundle does not grow with each language.
	languages: {en: labelsEn},
	// The page's <main role="main"> by its tag first: Chromium finds a tag by a fast path and a role by
	// reading each element's attributes, the app shell's thousands before the main (bench (g)).
	contentRoot: 'main, [role="main"]',
	// Posts (article data-testid="tweet"): a profile's timeline, the timeline behind the edit dialog.
	skip: '[data-testid="tweet"], [role="article"]',
	identify: identifyX,
	// Only the edit-profile form has owner controls; every page kind here is an account page.
	showsOwnerControls: context => anyMatches(context.document, ['[data-testid="editProfileButton"]', '[data-testid="Profile_Save_Button"]']),
	pages: {
		'settings-audience': {
			ready: '[role="main"] a[href="/settings/tagging"]',
			fields: {
				postsProtected: checkbox('protectPosts'),
				photoTagging: linkRowValue('photoTagging', [['taggingAnyone', 'anyone'], ['taggingFollowing', 'following'], ['taggingOff', 'off']]),
			},
		},
		'settings-location': {ready: checkboxReady, fields: {geotagPosts: checkbox('geotagPosts')}},
		'settings-contacts': {
			ready: checkboxReady,
			fields: {
				findableByEmail: checkbox('findByEmail'),
				findableByPhone: checkbox('findByPhone'),
			},
		},
		'settings-direct-messages': {
			ready: '[role="main"] input[type="radio"], [role="main"] [role="radio"]',
			fields: {
				messageRequestsFrom: radioChoice('messageRequests', [['requestsNoOne', 'no-one'], ['requestsVerified', 'verified'], ['requestsEveryone', 'everyone']]),
			},
		},
		'settings-data-sharing': {ready: checkboxReady, fields: {businessPartnerSharing: checkbox('businessPartners')}},
		'settings-ads': {ready: checkboxReady, fields: {personalizedAds: checkbox('personalizedAds')}},
		'settings-grok': {ready: checkboxReady, fields: {aiTrainingAllowed: checkbox('grokTraining')}},
		'edit-profile': {
			ready: '[data-testid="ProfileBirthdate"], [data-testid="Profile_Save_Button"]',
			fields: {
				birthdayDayMonth: birthdateVisibility('ProfileBirthdate_Day_Month_Visibility'),
				birthdayYear: birthdateVisibility('ProfileBirthdate_Year_Visibility'),
				currentCity: editLocation,
				birthdateOnProfile: editBirthLine,
			},
			bio: profileBio,
		},
		'settings-inferred-identity': {ready: checkboxReady, fields: {inferredIdentity: checkbox('inferredIdentity')}},
		'settings-connected-apps': {
			ready: '[role="main"] a[href^="/settings/connected_apps/"], [role="main"] section[aria-label] h2',
			fields: {activeAppCount: connectedAppCount},
		},
		profile: {
			ready: '[data-testid="UserProfileHeader_Items"] [data-testid="UserJoinDate"], [data-testid="editProfileButton"], [data-testid="UserName"]',
			fields: {currentCity: headerLocation, birthdateOnProfile: headerBirthLine},
		},
	},
});
