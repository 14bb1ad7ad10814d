import type {LabelTable} from '../label-table.js';

/**
 * Facebook's en-US wordings. Sources: platform-pages.md §2.2 and platform-pages-2.md §1.1–1.4
 * (vintage 2019–2026, M–H unless noted). Where Facebook has used several wordings, all are listed.
 */
export const labelsEn = {
	// Owner-only controls of one's own profile (platform-pages-2.md §1.5, M).
	ownerControls: ['Edit profile', 'Edit details'],
	// About rows: the label printed under each value (the value itself is never read).
	birthDate: ['Birth date', 'Birthday'],
	birthYear: 'Birth year',
	currentCity: 'Current city',
	hometown: 'Hometown',
	address: 'Address',
	phone: ['Mobile', 'Mobile phone', 'Phone'],
	email: 'Email',
	// Owner-only empty rows (L: unverified wordings). Only ever turns a field into "not set".
	noCurrentCity: ['Add current city', 'Add a current city'],
	noHometown: ['Add hometown', 'Add a hometown'],
	noAddress: ['Add your address', 'Add an address'],
	noPhone: ['Add a mobile phone', 'Add a mobile phone number'],
	noEmail: ['Add an email', 'Add an email address'],
	// The audience of a row, spoken by its icon or its edit button.
	sharedWith: ['Shared with ', 'Edit privacy. Sharing with '],
	// Settings questions.
	futurePosts: 'Who can see your future posts?',
	friendRequests: 'Who can send you friend requests?',
	friendsList: 'Who can see your friends list?',
	lookupByEmail: 'Who can look you up using the email address you provided?',
	lookupByPhone: 'Who can look you up using the phone number you provided?',
	searchEngines: [
		'Allow search engines outside of Facebook to link to your profile',
		'Do you want search engines outside of Facebook to link to your profile?',
	],
	taggedPosts: ['Who can see posts you\'re tagged in on your profile?', 'Who can see posts you\'ve been tagged in on your profile?'],
	reviewTaggedPosts: [
		'Review posts you\'re tagged in before the post appears on your profile?',
		'Review posts that you\'re tagged in before the posts appear on your profile?',
	],
	reviewTags: [
		'Review tags people add to your posts before the tags appear on Facebook?',
		'Review tags that people add to your posts before the tags appear on Facebook?',
	],
	// Apps and websites (L: synthetic; the page's markup is not documented).
	activeAppsTab: 'Active',
	noActiveApps: ['You don\'t have any active apps or websites', 'You have no active apps or websites'],
	// Accounts Center contact points (M for the section name; row labels L).
	contactEmail: 'Email',
	contactPhone: ['Mobile number', 'Phone number', 'Mobile'],
	// Audience words, as shown on buttons and in "Shared with …".
	audiencePublic: ['Public', 'Everyone', 'Anyone'],
	audienceFriendsOfFriends: ['Friends of friends', 'Your friends of friends'],
	audienceFriends: 'Friends',
	audienceCustom: ['Custom', 'Specific friends', 'Friends except...', 'Friends except…', 'Friends except'],
	audienceOnlyMe: 'Only me',
} as const satisfies LabelTable;

export type FacebookLabel = keyof typeof labelsEn;
