import {defineSite} from './define-site.js';
import {pathOnHost} from './path-on-host.js';

// Facts and vintage: platform-pages-3.md §3 (YouTube, 2021–26) and risks-and-settings.md (b) Google / YouTube.

const youtubePath = (url: URL): string | undefined => pathOnHost('www.youtube.com', url);

/** Settings › Privacy, InnerTube browse id `SPaccount_privacy` (§3.1, H, 2021–25). */
const isAccountPrivacy = (url: URL): boolean => youtubePath(url) === '/account_privacy';

/**
 * A channel's About: `/@<handle>/about` or `/channel/<UC…>/about` (§3.3, H, 2024–26), and the older
 * custom addresses `/c/<name>/about`, `/user/<name>/about`, `/<name>/about` that still lead there
 * (inference, L). Whose channel it is comes from the page (identify), never from the address.
 */
const isChannelAbout = (url: URL): boolean =>
	/^\/(?:@[^/]+|channel\/UC[\w-]+|c\/[^/]+|user\/[^/]+|[^/@]+)\/about$/.test(youtubePath(url) ?? '');

export default defineSite({
	id: 'youtube',
	name: 'YouTube',
	matches: ['https://www.youtube.com/*'],
	checkupUrl: 'https://www.youtube.com/account_privacy',
	// Only English: the switches are told apart by their English titles as well as their keys (§3.3), so
	// another UI language is "couldn't check: language" until it has a table.
	readIn: ['en'],
	pages: {
		// Read from the embedded `ytInitialData` (§3.3, H): two switches, never anything else.
		'account-privacy': {
			url: 'https://www.youtube.com/account_privacy',
			matches: isAccountPrivacy,
			owner: 'account',
			fields: ['followingListAudience', 'savedPlaylistsPublic'],
			examples: ['https://www.youtube.com/account_privacy', 'https://www.youtube.com/account_privacy/', 'https://www.youtube.com/account_privacy?hl=en'],
		},
		// Your own channel's About, from `aboutChannelViewModel` (§3.3, H): whether a country and an email
		// button are shown, how many links; the description only as the bio's kinds. The avatar menu's
		// "Your channel" leads there; no address opens your own channel by itself.
		'channel-about': {
			url: 'https://www.youtube.com/',
			reachedByClick: true,
			matches: isChannelAbout,
			owner: 'profile',
			fields: ['channelCountry', 'channelLinkCount', 'email'],
			readsBio: true,
			examples: ['https://www.youtube.com/@sam.placeholder/about', 'https://www.youtube.com/channel/UCsamPlaceholder0000000001/about', 'https://www.youtube.com/@Sam.Placeholder/about/', 'https://www.youtube.com/c/SamPlaceholder/about'],
		},
	},
});
