import {accountPageAt} from './account-page-at.js';
import {defineSite} from './define-site.js';
import {pathOnHost} from './path-on-host.js';

// Facts and vintage: platform-pages.md §1 (X's shipped web client, 2025-07; live note, 2026-10).

/** A handle from a path `/<handle>`, lower-cased (X handles are case-insensitive); else undefined. */
export const handleOf = (path: string | null | undefined): string | undefined =>
	/^\/([A-Za-z0-9_]{1,15})\/?$/.exec(path ?? '')?.[1]?.toLowerCase();

/** X's own one-segment routes (platform-pages.md §1.1, and pages every client has), never a handle. */
const routes = new Set(['home', 'explore', 'notifications', 'messages', 'settings', 'search', 'compose', 'login', 'logout', 'signup', 'tos', 'privacy', 'i']);

/**
 * A profile, `x.com/<handle>` (platform-pages.md §1.3). No X address is known to open your own
 * profile (§1.1 lists none), so the page is reached by a click: from Home, the side bar's "Profile".
 * Scan all skips it; your header is read when you open your profile yourself.
 */
const isProfile = (url: URL): boolean => {
	const handle = handleOf(pathOnHost('x.com', url));
	return handle !== undefined && !routes.has(handle);
};

/** A settings page of the viewer's own account. */
const settingsPage = accountPageAt('x.com', '/settings/');

export default defineSite({
	id: 'x',
	name: 'X',
	matches: ['https://x.com/*'],
	checkupUrl: 'https://x.com/settings/privacy_and_safety',
	readIn: ['en', 'es', 'de', 'fr', 'pt'],
	pages: {
		'settings-audience': settingsPage('audience_and_tagging', ['postsProtected', 'photoTagging']),
		'settings-location': settingsPage('location', ['geotagPosts']),
		'settings-contacts': settingsPage('contacts', ['findableByEmail', 'findableByPhone']),
		'settings-direct-messages': settingsPage('direct_messages', ['messageRequestsFrom']),
		'settings-data-sharing': settingsPage('data_sharing_with_business_partners', ['businessPartnerSharing']),
		'settings-ads': settingsPage('ads_preferences', ['personalizedAds']),
		'settings-grok': settingsPage('grok_settings', ['aiTrainingAllowed']),
		// A dialog over Home; its birth-date editor opens after "Birth date" › "Edit" (platform-pages.md §1.3).
		// The bio is read too: its text is scanned in the background and only the kinds found are kept.
		'edit-profile': {
			...settingsPage('profile', ['birthdayDayMonth', 'birthdayYear', 'currentCity', 'birthdateOnProfile']),
			readsBio: true,
		},
		'settings-inferred-identity': settingsPage('off_twitter_activity', ['inferredIdentity']),
		'settings-connected-apps': settingsPage('connected_apps', ['activeAppCount']),
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
			fields: ['currentCity', 'birthdateOnProfile'],
			examples: ['https://x.com/sam_placeholder', 'https://x.com/Sam_Placeholder/', 'https://x.com/sam_placeholder?lang=en'],
		},
	},
});
