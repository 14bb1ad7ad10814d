import type {LabelTable} from '../label-table.js';

/**
 * X's en wordings, from its shipped web client (`client-web/i18n/en.js`, H, 2025-07; see
 * platform-pages.md §1.2 and data/x/x-web-en-strings.2025-07.json). Curly quotes are straightened
 * by normalizeText, so one wording matches both.
 */
export const labelsEn = {
	// Audience, media and tagging.
	protectPosts: 'Protect your posts',
	photoTagging: 'Photo tagging',
	taggingAnyone: 'Anyone can tag you',
	taggingFollowing: 'Only people you follow can tag you',
	taggingOff: 'Off',
	// Location.
	geotagPosts: 'Add location information to your posts',
	// Discoverability and contacts.
	findByEmail: 'Let people who have your email address find you on X',
	findByPhone: 'Let people who have your phone number find you on X',
	// Direct Messages.
	messageRequests: 'Allow message requests from:',
	requestsNoOne: 'No one',
	requestsVerified: 'Verified users',
	requestsEveryone: 'Everyone',
	// Data sharing and personalization.
	businessPartners: 'Allow additional information sharing with business partners',
	personalizedAds: 'Personalized ads',
	// Inferred identity (`/settings/off_twitter_activity`, §1.2, H, 2025-07).
	inferredIdentity: 'Personalize based on your inferred identity',
	// Connected apps, empty: the list's help text (H, 2025-07, same file, found after the reference was
	// written); the two before it are L, written for the samples.
	noConnectedApps: ['Third-party apps you allow to access your X account will show up here.', 'You haven\'t connected any apps', 'You haven\'t connected any apps yet'],
	grokTraining: 'Allow your public data as well as your interactions, inputs, and results with Grok and xAI to be used for training and fine-tuning',
	// Edit profile › Birth date › "Who sees this?" selects (options per platform-pages.md §1.2).
	visibilityPublic: 'Public',
	visibilityFollowers: 'Your followers',
	visibilityFollowing: 'People you follow',
	visibilityMutual: 'You follow each other',
	visibilityOnlyYou: 'Only you',
} as const satisfies LabelTable;

export type XLabel = keyof typeof labelsEn;
