import type {AgeBand} from './review-state.js';

/**
 * What the platform sets for a teen of this age, shown beside a finding that differs from it
 * (risks-and-settings.md (b): the "Teen def." column and TikTok's teen page; H or M facts only).
 * Keyed by site and rule; a band missing means the platform sets nothing known for that age. The
 * values are UI message keys, worded in the browser's language where they are shown (the engine
 * names them; test/i18n-keys.test.ts fails when a language lacks one).
 */
type UiMessageKey = string;

const defaults: Readonly<Record<string, Partial<Record<AgeBand, UiMessageKey>>>> = {
	'instagram/public-account': {teen13: 'reviewDefaultInstagramPrivate', teen16: 'reviewDefaultInstagramPrivate'},
	'instagram/instagram-message-requests': {teen13: 'reviewDefaultInstagramMessages', teen16: 'reviewDefaultInstagramMessages'},
	'instagram/photo-tagging-anyone': {teen13: 'reviewDefaultInstagramTags', teen16: 'reviewDefaultInstagramTags'},
	'instagram/mentions-from-anyone': {teen13: 'reviewDefaultInstagramTags', teen16: 'reviewDefaultInstagramTags'},
	'tiktok/public-account': {teen13: 'reviewDefaultTikTokPrivate13', teen16: 'reviewDefaultTikTokPrivate16'},
	'tiktok/tiktok-dms-from-everyone': {teen13: 'reviewDefaultTikTokDms13', teen16: 'reviewDefaultTikTokDms16'},
	'tiktok/downloads-allowed': {teen13: 'reviewDefaultTikTokDownloads', teen16: 'reviewDefaultTikTokDownloads'},
	'tiktok/remix-by-everyone': {teen13: 'reviewDefaultTikTokRemix13', teen16: 'reviewDefaultTikTokRemix16'},
	'tiktok/comments-from-everyone': {teen13: 'reviewDefaultTikTokComments'},
	'tiktok/tiktok-suggests-account': {teen13: 'reviewDefaultTikTokSuggest'},
	'facebook/future-posts-public': {teen13: 'reviewDefaultFacebookPosts', teen16: 'reviewDefaultFacebookPosts'},
	'facebook/tag-review-off': {teen13: 'reviewDefaultFacebookTagReview', teen16: 'reviewDefaultFacebookTagReview'},
	'facebook/friends-list-visible': {teen13: 'reviewDefaultFacebookFriendsList', teen16: 'reviewDefaultFacebookFriendsList'},
};

/** The platform's default for this teen (a UI message), for a finding at risk (which is where the account differs from it). */
export const teenDefault = (site: string, ruleId: string, band: AgeBand): UiMessageKey | undefined => defaults[`${site}/${ruleId}`]?.[band];

/** For tests: every rule the table names, and every message it uses. */
export const teenDefaultKeys = Object.keys(defaults);
export const teenDefaultMessages = [...new Set(Object.values(defaults).flatMap(bands => Object.values(bands)))];
