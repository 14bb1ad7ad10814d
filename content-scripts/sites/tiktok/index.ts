import tiktok from '../../../src/core/sites/tiktok.js';
import {defineSiteReaders} from '../../define-site-readers.js';
import {identifyTikTok} from './identify.js';
import {labelsEn} from '../../../src/core/labels/tiktok/en.js';
import {everyoneOrFriends, labelledSwitch, rowAudience} from './read-privacy-tab.js';
import {accountUnder18, commentsAudience, downloadsAllowed, followingListAudience, likedVideosPublic, privateAccount, remixAudience} from './read-profile-data.js';

// Matches only data-e2e, roles, label texts and the embedded JSON: TikTok's emotion classes
// (`css-<hash>-DivOneColumnContainer`) churn every build (platform-pages.md §0.2).

/** Only your own profile has "Edit profile"; anyone else's has a follow button (§3.3, H, ≥5 scripts 2024–26). */
const ownerOnly = '[data-e2e="edit-profile-entrance"]';
const othersOnly = '[data-e2e="follow-button"]';

export default defineSiteReaders(tiktok, {
	// English only: a page in another language of the description's readIn gets its table from the worker
	// (src/core/labels/index.ts), so this bundle does not grow with each language.
	languages: {en: labelsEn},
	// TikTok's layout has no documented main landmark (§3.2 names only rows and switches).
	contentRoot: 'body',
	// The grid of the user's videos (data-e2e user-post-item).
	skip: '[data-e2e="user-post-item-list"], [data-e2e="user-post-item"]',
	identify: identifyTikTok,
	showsOwnerControls: context => context.document.querySelector(ownerOnly) !== null && context.document.querySelector(othersOnly) === null,
	pages: {
		profile: {
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
		},
		'settings-privacy': {
			ready: '[role="switch"], input[type="checkbox"]',
			readAround: ['[role="switch"]', 'input[type="checkbox"]'],
			fields: {
				accountPrivate: labelledSwitch('privateAccount'),
				commentsAudience: rowAudience('commentsRow', everyoneOrFriends),
				duetAudience: rowAudience('duetRow', everyoneOrFriends),
			},
		},
	},
});
