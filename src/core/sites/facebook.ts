import type {FieldId} from '../model/fields.js';
import {defineSite} from './define-site.js';
import {pathOnHost} from './path-on-host.js';

// Facebook URL shapes (platform-pages-2.md §1.4: path form for vanity names, sk= for numeric ids).
const profileHosts = new Set(['www.facebook.com', 'facebook.com', 'web.facebook.com']);

/** First path segments that are Facebook sections, never a profile's vanity name. */
const reservedPaths = new Set(['groups', 'pages', 'events', 'settings', 'watch', 'marketplace', 'gaming', 'messages', 'photo', 'story.php', 'privacy']);

/**
 * The About section a profile URL opens, e.g. "directory_contact_info" for
 * /jane.doe/directory_contact_info, /me/directory_contact_info or /profile.php?id=1&sk=directory_contact_info.
 */
function aboutSection(url: URL): string | undefined {
	if (!profileHosts.has(url.hostname)) {
		return undefined;
	}

	const parts = url.pathname.split('/').filter(Boolean);
	if (parts[0] === 'profile.php' && parts.length === 1) {
		return url.searchParams.get('sk') ?? undefined;
	}

	if (parts[0] === undefined || reservedPaths.has(parts[0])) {
		return undefined;
	}

	if (parts.length === 2 && /^[\w.-]+$/.test(parts[0])) {
		return parts[1];
	}

	if (parts.length === 1) {
		return url.searchParams.get('sk') ?? undefined;
	}

	return undefined;
}

/** The tab of www.facebook.com/settings/?tab=…, e.g. "how_people_find_and_contact_you". */
function settingsTab(url: URL): string | undefined {
	if (!profileHosts.has(url.hostname) || !/^\/settings\/?$/.test(url.pathname)) {
		return undefined;
	}

	return url.searchParams.get('tab') ?? undefined;
}

/** An About tab of your own profile at /me/<section>; any of `sections` opens it, by vanity name or numeric id too. */
const aboutTab = <const F extends readonly FieldId[]>(sections: readonly string[], fields: F, examples: readonly string[]) => ({
	url: `https://www.facebook.com/me/${sections[0]}`,
	matches: (url: URL) => sections.includes(aboutSection(url) ?? ''),
	owner: 'profile',
	fields,
	examples,
} as const);

/** A tab of your account's settings at /settings/?tab=<tab>; `also` are other addresses of it. */
const settingsTabPage = <const F extends readonly FieldId[]>(tab: string, fields: F, also: readonly string[] = []) => ({
	url: `https://www.facebook.com/settings/?tab=${tab}`,
	matches: (url: URL) => settingsTab(url) === tab,
	owner: 'account',
	fields,
	examples: [`https://www.facebook.com/settings/?tab=${tab}`, ...also],
} as const);

// Facts and vintage: platform-pages.md §2 and platform-pages-2.md §1 (2019–2026).
export default defineSite({
	id: 'facebook',
	name: 'Facebook',
	matches: ['https://www.facebook.com/*', 'https://accountscenter.facebook.com/*'],
	checkupUrl: 'https://www.facebook.com/privacy/checkup/',
	readIn: ['en', 'es'],
	pages: {
		'about-contact-and-basic-info': aboutTab(['about_contact_and_basic_info'],
			['birthdayDayMonth', 'birthdayYear', 'address', 'phone', 'email'], [
				'https://www.facebook.com/me/about_contact_and_basic_info',
				'https://www.facebook.com/jane.doe.5/about_contact_and_basic_info',
				'https://www.facebook.com/profile.php?id=100000000000001&sk=about_contact_and_basic_info',
			]),
		'about-contact-info': {
			...aboutTab(['directory_contact_info'], ['address', 'phone', 'email'], [
				'https://www.facebook.com/jane.doe.5/directory_contact_info',
				'https://www.facebook.com/profile.php?id=100000000000001&sk=directory_contact_info',
			]),
			// platform-pages-2.md §1.4 (About sub-tabs, M, 2025–26).
			facts: {confirmed: '2026', confidence: 'M'},
		},
		'about-basic-info': {
			...aboutTab(['directory_basic_info'], ['birthdayDayMonth', 'birthdayYear'], [
				'https://www.facebook.com/jane.doe.5/directory_basic_info',
				'https://www.facebook.com/profile.php?id=100000000000001&sk=directory_basic_info',
			]),
			// platform-pages-2.md §1.4 (About sub-tabs, M, 2025–26).
			facts: {confirmed: '2026', confidence: 'M'},
		},
		'about-places': aboutTab(['about_places', 'directory_personal_details'], ['currentCity', 'hometown'], [
			'https://www.facebook.com/me/about_places',
			'https://www.facebook.com/profile.php?id=100000000000001&sk=directory_personal_details',
			'https://www.facebook.com/jane.doe.5?sk=directory_personal_details',
		]),
		'settings-posts': settingsTabPage('posts', ['futurePostsAudience'], ['https://www.facebook.com/settings?tab=posts']),
		'settings-find-and-contact': settingsTabPage('how_people_find_and_contact_you',
			['friendRequestsAudience', 'friendsListAudience', 'lookupByEmailAudience', 'lookupByPhoneAudience', 'searchEngineLinking']),
		'settings-profile-and-tagging': settingsTabPage('profile_and_tagging',
			['taggedPostsAudience', 'reviewTaggedPosts', 'reviewTagsOnOwnPosts']),
		'settings-apps': settingsTabPage('applications', ['activeAppCount']),
		'accounts-center-contact-points': {
			// platform-pages.md §2.1–2.2 (address H; section and rows M–L), platform-pages-2.md §1.5 (H, 2023–26).
			facts: {confirmed: '2026', confidence: 'M'},
			url: 'https://accountscenter.facebook.com/personal_info/contact_points/',
			matches: url => pathOnHost('accountscenter.facebook.com', url) === '/personal_info/contact_points',
			owner: 'account',
			fields: ['phoneOnAccount', 'emailOnAccount'],
			examples: [
				'https://accountscenter.facebook.com/personal_info/contact_points/',
				'https://accountscenter.facebook.com/personal_info/contact_points/?entrypoint=accounts_center',
			],
		},
	},
});
