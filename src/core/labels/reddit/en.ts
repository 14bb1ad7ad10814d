import type {LabelTable} from '../label-table.js';

/**
 * Reddit's en wordings on Settings › Privacy and Settings › Profile (platform-pages-3.md §4.2). The
 * list changed in September 2023 and June 2025: each entry keeps the wordings of every vintage the
 * reference names, newest first, with its confidence. A row of an older vintage that is gone leaves
 * its field unknown, never ok.
 */
export const labelsEn = {
	// 2022–23 (M) and still in the 2025 checklist (L).
	searchResults: 'Show up in search results',
	// September 2023 (M), and the two partner rows of 2022–23 (M): any one on means ads use partner data.
	personalizedAds: [
		'Personalized ads on Reddit based on information and activity from our partners',
		'Personalize ads based on information from our partners',
		'Personalize ads based on your activity with our partners',
	],
	// 2022–23 (M); `show_location_based_recommendations` in the account prefs (H).
	locationRecommendations: 'Personalize recommendations based on your general location',
	// 2025+ checklist (L); `show_presence` in the account prefs (H).
	onlineStatus: ['Show that you\'re active on Reddit', 'Show your online status'],
	chatRequestsRow: 'Who can send you chat requests',
	privateMessagesRow: 'Who can send you private messages',
	everyone: 'Everyone',
	nobody: 'Nobody',
	// Four clone apps agree (M).
	followers: 'Allow people to follow you',
	// June 2025 "Content and activity" (M): the default choice; any other (curate, hide all) keeps some back.
	keepAllPublic: 'Keep all posts and comments public',
	// 2025+ checklist and clone apps (L).
	activeCommunities: ['Show which communities I\'m active in on my profile', 'Active in communities visibility', 'Show active communities'],
	// Clone apps (L): "Posts to this profile can appear in r/all and your profile can be discovered in /users".
	contentVisibility: 'Content visibility',
} as const satisfies LabelTable;

export type RedditLabel = keyof typeof labelsEn;
