import {defineSite} from '../../define-site.js';
import {identifyTikTok} from './identify.js';
import {labelsEn} from './labels-en.js';
import {labelsEs} from './labels-es.js';
import {accountUnder18, commentsAudience, downloadsAllowed, followingListAudience, likedVideosPublic, privateAccount, remixAudience} from './read-profile-data.js';
import {everyoneOrFriends, labelledSwitch, rowAudience} from './readers.js';

// Matches only data-e2e, roles, label texts and the embedded JSON: TikTok's emotion classes
// (`css-<hash>-DivOneColumnContainer`) churn every build (platform-pages.md §0.2).
// Facts and vintage: platform-pages-2.md §3 (2025–26) and platform-pages.md §4.

/** A path of www.tiktok.com, without a trailing slash; other hosts never match. */
const tiktokPath = (url: URL): string | undefined =>
	(url.hostname === 'www.tiktok.com' ? url.pathname.replace(/\/+$/, '') : undefined);

/** `/profile` redirects to the viewer's own `/@<uniqueId>` (§3.1, L–M); any `/@<handle>` is a profile. */
const isProfilePath = (path: string | undefined): boolean => path === '/profile' || /^\/@[^/]+$/.test(path ?? '');

/** The Privacy tab of the web settings (§3.1): `/setting?activeTab=privacy`, also bare `/setting` and `/setting/privacy`. */
const isPrivacyTab = (url: URL): boolean => {
	const path = tiktokPath(url);
	const tab = url.searchParams.get('activeTab');
	return (path === '/setting' && (tab === null || tab === 'privacy')) || path === '/setting/privacy';
};

/** Only your own profile has "Edit profile"; anyone else's has a follow button (§3.3, H, ≥5 scripts 2024–26). */
const ownerOnly = '[data-e2e="edit-profile-entrance"]';
const othersOnly = '[data-e2e="follow-button"]';

export default defineSite({
	id: 'tiktok',
	name: 'TikTok',
	matches: ['https://www.tiktok.com/*'],
	languages: {en: labelsEn, es: labelsEs},
	// TikTok's layout has no documented main landmark (§3.2 names only rows and switches).
	contentRoot: 'body',
	identify: identifyTikTok,
	showsOwnerControls: context => context.document.querySelector(ownerOnly) !== null && context.document.querySelector(othersOnly) === null,
	checkupUrl: 'https://www.tiktok.com/setting?activeTab=privacy',
	pages: {
		// Read from the embedded data only (§3.3–3.4): never the bio, name, counts or videos.
		profile: {
			url: 'https://www.tiktok.com/profile',
			matches: url => isProfilePath(tiktokPath(url)),
			owner: 'profile',
			ready: `${ownerOnly}, ${othersOnly}`,
			fields: {
				accountPrivate: privateAccount,
				followingListAudience,
				likedVideosPublic,
				commentsAudience,
				duetAudience: remixAudience('duetSetting'),
				stitchAudience: remixAudience('stitchSetting'),
				downloadsAllowed,
				accountUnder18,
			},
			examples: ['https://www.tiktok.com/@sam.placeholder', 'https://www.tiktok.com/@sam.placeholder/', 'https://www.tiktok.com/@sam.placeholder?lang=en', 'https://www.tiktok.com/profile'],
		},
		'settings-privacy': {
			url: 'https://www.tiktok.com/setting?activeTab=privacy',
			matches: isPrivacyTab,
			owner: 'account',
			ready: '[role="switch"], input[type="checkbox"]',
			fields: {
				accountPrivate: labelledSwitch('privateAccount'),
				commentsAudience: rowAudience('commentsRow', everyoneOrFriends),
				duetAudience: rowAudience('duetRow', everyoneOrFriends),
			},
			examples: ['https://www.tiktok.com/setting', 'https://www.tiktok.com/setting/', 'https://www.tiktok.com/setting?activeTab=privacy&lang=en', 'https://www.tiktok.com/setting/privacy'],
		},
	},
});
