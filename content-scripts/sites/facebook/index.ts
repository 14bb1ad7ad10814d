import {defineSite} from '../../define-site.js';
import {normalizeText, wordings} from '../../dom/normalize-text.js';
import {identifyFacebook} from './identify.js';
import {labelsEn} from './labels-en.js';
import {labelsEs} from './labels-es.js';
import {readActiveAppCount, readContactPoint} from './read-lists.js';
import {aboutDetail, settingAudience, settingSwitch} from './readers.js';
import {accountsCenterPath, aboutSection, settingsTab} from './urls.js';

// Matches only labels, roles, ARIA and page JSON: Facebook's atomic class names change every build.
// Facts and vintage: platform-pages.md §2 and platform-pages-2.md §1 (2019–2026).
export default defineSite({
	id: 'facebook',
	name: 'Facebook',
	matches: ['https://www.facebook.com/*', 'https://accountscenter.facebook.com/*'],
	languages: {en: labelsEn, es: labelsEs},
	contentRoot: '[role="main"]',
	identify: identifyFacebook,
	showsOwnerControls: context => context.text.find(wordings(context.labels.ownerControls)).length > 0
		|| [...context.document.querySelectorAll('[role="main"] [aria-label]')]
			.some(element => wordings(context.labels.ownerControls).includes(normalizeText(element.getAttribute('aria-label') ?? ''))),
	checkupUrl: 'https://www.facebook.com/privacy/checkup/',
	pages: {
		'about-contact-and-basic-info': {
			url: 'https://www.facebook.com/me/about_contact_and_basic_info',
			matches: url => aboutSection(url) === 'about_contact_and_basic_info',
			owner: 'profile',
			ready: '[role="main"] [data-pagelet^="ProfileAppSection"], [role="main"] [aria-label^="Shared with"], [role="main"] [aria-label^="Compartido con"]',
			fields: {
				birthdayDayMonth: aboutDetail('birthDate'),
				birthdayYear: aboutDetail('birthYear'),
				address: aboutDetail('address', 'noAddress'),
				phone: aboutDetail('phone', 'noPhone'),
				email: aboutDetail('email', 'noEmail'),
			},
			examples: [
				'https://www.facebook.com/me/about_contact_and_basic_info',
				'https://www.facebook.com/jane.doe.5/about_contact_and_basic_info',
				'https://www.facebook.com/profile.php?id=100000000000001&sk=about_contact_and_basic_info',
			],
		},
		'about-contact-info': {
			// platform-pages-2.md §1.4 (About sub-tabs, M, 2025–26).
			facts: {confirmed: '2026', confidence: 'M'},
			url: 'https://www.facebook.com/me/directory_contact_info',
			matches: url => aboutSection(url) === 'directory_contact_info',
			owner: 'profile',
			ready: '[role="main"] [data-pagelet^="ProfileAppSection"], [role="main"] [aria-label^="Shared with"], [role="main"] [aria-label^="Compartido con"]',
			fields: {
				address: aboutDetail('address', 'noAddress'),
				phone: aboutDetail('phone', 'noPhone'),
				email: aboutDetail('email', 'noEmail'),
			},
			examples: [
				'https://www.facebook.com/jane.doe.5/directory_contact_info',
				'https://www.facebook.com/profile.php?id=100000000000001&sk=directory_contact_info',
			],
		},
		'about-basic-info': {
			// platform-pages-2.md §1.4 (About sub-tabs, M, 2025–26).
			facts: {confirmed: '2026', confidence: 'M'},
			url: 'https://www.facebook.com/me/directory_basic_info',
			matches: url => aboutSection(url) === 'directory_basic_info',
			owner: 'profile',
			ready: '[role="main"] [data-pagelet^="ProfileAppSection"], [role="main"] [aria-label^="Shared with"], [role="main"] [aria-label^="Compartido con"]',
			fields: {
				birthdayDayMonth: aboutDetail('birthDate'),
				birthdayYear: aboutDetail('birthYear'),
			},
			examples: [
				'https://www.facebook.com/jane.doe.5/directory_basic_info',
				'https://www.facebook.com/profile.php?id=100000000000001&sk=directory_basic_info',
			],
		},
		'about-places': {
			url: 'https://www.facebook.com/me/about_places',
			matches: url => ['about_places', 'directory_personal_details'].includes(aboutSection(url) ?? ''),
			owner: 'profile',
			ready: '[role="main"] [data-pagelet^="ProfileAppSection"], [role="main"] [aria-label^="Shared with"], [role="main"] [aria-label^="Compartido con"]',
			fields: {
				currentCity: aboutDetail('currentCity', 'noCurrentCity'),
				hometown: aboutDetail('hometown', 'noHometown'),
			},
			examples: [
				'https://www.facebook.com/me/about_places',
				'https://www.facebook.com/profile.php?id=100000000000001&sk=directory_personal_details',
				'https://www.facebook.com/jane.doe.5?sk=directory_personal_details',
			],
		},
		'settings-posts': {
			url: 'https://www.facebook.com/settings/?tab=posts',
			matches: url => settingsTab(url) === 'posts',
			owner: 'account',
			ready: '[role="main"] [role="button"][aria-label^="Edit privacy"], [role="main"] [role="button"][aria-label^="Editar privacidad"]',
			fields: {
				futurePostsAudience: settingAudience('futurePosts'),
			},
			examples: ['https://www.facebook.com/settings/?tab=posts', 'https://www.facebook.com/settings?tab=posts'],
		},
		'settings-find-and-contact': {
			url: 'https://www.facebook.com/settings/?tab=how_people_find_and_contact_you',
			matches: url => settingsTab(url) === 'how_people_find_and_contact_you',
			owner: 'account',
			ready: '[role="main"] [role="button"][aria-label^="Edit privacy"], [role="main"] [role="button"][aria-label^="Editar privacidad"]',
			fields: {
				friendRequestsAudience: settingAudience('friendRequests'),
				friendsListAudience: settingAudience('friendsList'),
				lookupByEmailAudience: settingAudience('lookupByEmail'),
				lookupByPhoneAudience: settingAudience('lookupByPhone'),
				searchEngineLinking: settingSwitch('searchEngines'),
			},
			examples: ['https://www.facebook.com/settings/?tab=how_people_find_and_contact_you'],
		},
		'settings-profile-and-tagging': {
			url: 'https://www.facebook.com/settings/?tab=profile_and_tagging',
			matches: url => settingsTab(url) === 'profile_and_tagging',
			owner: 'account',
			ready: '[role="main"] [role="switch"]',
			fields: {
				taggedPostsAudience: settingAudience('taggedPosts'),
				reviewTaggedPosts: settingSwitch('reviewTaggedPosts'),
				reviewTagsOnOwnPosts: settingSwitch('reviewTags'),
			},
			examples: ['https://www.facebook.com/settings/?tab=profile_and_tagging'],
		},
		'settings-apps': {
			url: 'https://www.facebook.com/settings/?tab=applications',
			matches: url => settingsTab(url) === 'applications',
			owner: 'account',
			ready: '[role="main"] [role="tab"]',
			fields: {
				activeAppCount: readActiveAppCount,
			},
			examples: ['https://www.facebook.com/settings/?tab=applications'],
		},
		'accounts-center-contact-points': {
			// platform-pages.md §2.1–2.2 (address H; section and rows M–L), platform-pages-2.md §1.5 (H, 2023–26).
			facts: {confirmed: '2026', confidence: 'M'},
			url: 'https://accountscenter.facebook.com/personal_info/contact_points/',
			matches: url => accountsCenterPath(url) === '/personal_info/contact_points',
			owner: 'account',
			ready: '[role="main"] [role="listitem"]',
			fields: {
				phoneOnAccount: readContactPoint('phone'),
				emailOnAccount: readContactPoint('email'),
			},
			examples: [
				'https://accountscenter.facebook.com/personal_info/contact_points/',
				'https://accountscenter.facebook.com/personal_info/contact_points/?entrypoint=accounts_center',
			],
		},
	},
});
