import {defineSite} from './define-site.js';
import {pathOnHost} from './path-on-host.js';

// Facts and vintage: platform-pages-2.md §3 (2025–26) and platform-pages.md §4.

const tiktokPath = (url: URL): string | undefined => pathOnHost('www.tiktok.com', url);

/** `/profile` redirects to the viewer's own `/@<uniqueId>` (§3.1, L–M); any `/@<handle>` is a profile. */
const isProfilePath = (path: string | undefined): boolean => path === '/profile' || /^\/@[^/]+$/.test(path ?? '');

/** The Privacy tab of the web settings (§3.1): `/setting?activeTab=privacy`, also bare `/setting` and `/setting/privacy`. */
const isPrivacyTab = (url: URL): boolean => {
	const path = tiktokPath(url);
	const tab = url.searchParams.get('activeTab');
	return (path === '/setting' && (tab === null || tab === 'privacy')) || path === '/setting/privacy';
};

export default defineSite({
	id: 'tiktok',
	name: 'TikTok',
	matches: ['https://www.tiktok.com/*'],
	checkupUrl: 'https://www.tiktok.com/setting?activeTab=privacy',
	readIn: ['en', 'es'],
	pages: {
		// Read from the embedded data only (§3.3–3.4): never the bio, name, counts or videos.
		profile: {
			url: 'https://www.tiktok.com/profile',
			matches: url => isProfilePath(tiktokPath(url)),
			owner: 'profile',
			fields: ['accountPrivate', 'followingListAudience', 'likedVideosPublic', 'commentsAudience', 'duetAudience', 'stitchAudience', 'downloadsAllowed', 'accountUnder18'],
			examples: ['https://www.tiktok.com/@sam.placeholder', 'https://www.tiktok.com/@sam.placeholder/', 'https://www.tiktok.com/@sam.placeholder?lang=en', 'https://www.tiktok.com/profile'],
		},
		'settings-privacy': {
			url: 'https://www.tiktok.com/setting?activeTab=privacy',
			matches: isPrivacyTab,
			owner: 'account',
			fields: ['accountPrivate', 'commentsAudience', 'duetAudience'],
			examples: ['https://www.tiktok.com/setting', 'https://www.tiktok.com/setting/', 'https://www.tiktok.com/setting?activeTab=privacy&lang=en', 'https://www.tiktok.com/setting/privacy'],
		},
	},
});
