import {accountPageAt} from './account-page-at.js';
import {defineSite} from './define-site.js';

// Facts and vintage: platform-pages-3.md §4 (Reddit's "shreddit" web app, 2023–26) and
// risks-and-settings.md (b) Reddit. Only the two settings pages are read; every other Reddit page
// (a thread, the home feed, a profile) gets the address check alone: shreddit's own-profile markers
// are unknown (§4.6), so no profile is read.

/** A settings page of the signed-in account: `/settings/<path>` (§4.1). */
const settingsPage = accountPageAt('www.reddit.com', '/settings/');

export default defineSite({
	id: 'reddit',
	name: 'Reddit',
	matches: ['https://www.reddit.com/*'],
	checkupUrl: 'https://www.reddit.com/settings/privacy',
	readIn: ['en'],
	pages: {
		// Settings › Privacy (§4.1, H; labels §4.2, M–L by vintage).
		'settings-privacy': settingsPage('privacy',
			['searchEngineLinking', 'personalizedAds', 'locationRecommendations', 'onlineStatusShown', 'messageRequestsFrom', 'privateMessagesFrom']),
		// Settings › Profile (§4.1, M): followers, what the profile shows (§4.2, 2025 "Content and activity", M–L).
		'settings-profile': settingsPage('profile',
			['followersAllowed', 'profileContentPublic', 'activeCommunitiesShown', 'profileDiscoverable']),
	},
});
