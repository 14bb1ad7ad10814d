import {t} from '../../i18n/t.js';
import type {AgeBand} from './review-state.js';

/**
 * What the platform sets for a teen of this age, shown beside a finding that differs from it
 * (risks-and-settings.md (b): the "Teen def." column and TikTok's teen page; H or M facts only).
 * Keyed by site and rule; a band missing means the platform sets nothing known for that age.
 */
const defaults: Readonly<Record<string, Partial<Record<AgeBand, () => string>>>> = {
	'instagram/public-account': {teen13: () => t('reviewDefaultInstagramPrivate'), teen16: () => t('reviewDefaultInstagramPrivate')},
	'instagram/instagram-message-requests': {teen13: () => t('reviewDefaultInstagramMessages'), teen16: () => t('reviewDefaultInstagramMessages')},
	'instagram/photo-tagging-anyone': {teen13: () => t('reviewDefaultInstagramTags'), teen16: () => t('reviewDefaultInstagramTags')},
	'instagram/mentions-from-anyone': {teen13: () => t('reviewDefaultInstagramTags'), teen16: () => t('reviewDefaultInstagramTags')},
	'tiktok/public-account': {teen13: () => t('reviewDefaultTikTokPrivate13'), teen16: () => t('reviewDefaultTikTokPrivate16')},
	'tiktok/tiktok-dms-from-everyone': {teen13: () => t('reviewDefaultTikTokDms13'), teen16: () => t('reviewDefaultTikTokDms16')},
	'tiktok/downloads-allowed': {teen13: () => t('reviewDefaultTikTokDownloads'), teen16: () => t('reviewDefaultTikTokDownloads')},
	'tiktok/remix-by-everyone': {teen13: () => t('reviewDefaultTikTokRemix13'), teen16: () => t('reviewDefaultTikTokRemix16')},
	'tiktok/comments-from-everyone': {teen13: () => t('reviewDefaultTikTokComments')},
	'tiktok/tiktok-suggests-account': {teen13: () => t('reviewDefaultTikTokSuggest')},
	'facebook/future-posts-public': {teen13: () => t('reviewDefaultFacebookPosts'), teen16: () => t('reviewDefaultFacebookPosts')},
	'facebook/tag-review-off': {teen13: () => t('reviewDefaultFacebookTagReview'), teen16: () => t('reviewDefaultFacebookTagReview')},
	'facebook/friends-list-visible': {teen13: () => t('reviewDefaultFacebookFriendsList'), teen16: () => t('reviewDefaultFacebookFriendsList')},
};

/** The platform's default for this teen, for a finding at risk (which is where the account differs from it). */
export const teenDefault = (site: string, ruleId: string, band: AgeBand): string | undefined => defaults[`${site}/${ruleId}`]?.[band]?.();

/** For tests: every rule the table names. */
export const teenDefaultKeys = Object.keys(defaults);
