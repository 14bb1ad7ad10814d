import type {BioFieldId} from '../../core/model/fields.js';
import type {Catalog} from '../catalog.js';

// The engine's own words (field names, audiences, choices, reasons, and its global messages).

export const fields: Omit<Catalog['fields'], BioFieldId> = {
	birthdayDayMonth: 'Birthday (day and month)',
	birthdayYear: 'Birth year',
	currentCity: 'Current city',
	hometown: 'Hometown',
	address: 'Home address',
	phone: 'Phone number',
	email: 'Email address',
	phoneOnAccount: 'Phone number on your account',
	emailOnAccount: 'Email address on your account',
	futurePostsAudience: 'Who can see your future posts',
	friendsListAudience: 'Who can see your friends list',
	lookupByEmailAudience: 'Who can look you up by email address',
	lookupByPhoneAudience: 'Who can look you up by phone number',
	friendRequestsAudience: 'Who can send you friend requests',
	searchEngineLinking: 'Search engines outside the site link to your profile',
	taggedPostsAudience: 'Who can see posts you are tagged in',
	reviewTaggedPosts: 'Review posts you are tagged in',
	reviewTagsOnOwnPosts: 'Review tags people add to your posts',
	activeAppCount: 'Active apps and websites',
	postsProtected: 'Posts protected (followers only)',
	photoTagging: 'Who can tag you in photos',
	geotagPosts: 'Location added to your posts',
	findableByEmail: 'People with your email address can find you',
	findableByPhone: 'People with your phone number can find you',
	messageRequestsFrom: 'Who can send you message requests',
	businessPartnerSharing: 'Extra data sharing with business partners',
	personalizedAds: 'Personalized ads',
	aiTrainingAllowed: 'Your data used to train the site\'s AI models',
	inferredIdentity: 'X personalizes based on your inferred identity',
	birthdateOnProfile: 'A birth date line ("Born …") on your profile',
	connectionsVisible: 'Your connections can see your connections list',
	adsBeyondLinkedIn: 'Your LinkedIn data used for ads on other sites',
	adsInferredLocation: 'Your location inferred for ads',
	accountPrivate: 'Private account (only approved followers see your posts)',
	accountSuggestions: 'Your account suggested on other profiles',
	mentionsFrom: 'Who can mention you',
	birthdayOnAccount: 'A birthday on your account',
	followingListAudience: 'Who can see the accounts you follow',
	likedVideosPublic: 'Others can see the videos you liked (favourites)',
	commentsAudience: 'Who can comment on your posts',
	duetAudience: 'Who can Duet with your posts',
	stitchAudience: 'Who can Stitch your posts',
	downloadsAllowed: 'Others can download your videos',
	accountUnder18: 'The site treats the account as under 18',
	savedPlaylistsPublic: 'Your saved playlists are shown on your channel',
	channelCountry: 'A country on your channel\'s About',
	channelLinkCount: 'Links on your channel\'s About',
	'tiktokApp.directMessages': 'Who can send you TikTok direct messages',
	'tiktokApp.suggestAccount': 'TikTok suggests your account to others',
	'tiktokApp.locationServices': 'TikTok location services',
	'snapchatApp.contactMe': 'Who can contact you on Snapchat',
	'snapchatApp.viewMyStory': 'Who can view your Snapchat story',
	'snapchatApp.quickAdd': 'You are shown in Snapchat Quick Add',
	'snapchatApp.ghostMode': 'Snap Map Ghost Mode (location hidden)',
	'instagramApp.mapSharing': 'Who sees your location on the Instagram Map',
	'instagramApp.messageRequests': 'Message requests from others on Instagram',
	'instagramApp.activityStatus': 'Instagram shows your activity status',
	'venmoApp.defaultPrivacy': 'Who sees your new Venmo payments',
	'venmoApp.friendsList': 'Who sees your Venmo friends list',
};

// What the user's own bio mentions, by kind (src/core/model/fields.ts bioFieldIds), merged into `fields` in index.ts.
export const bioFields: Pick<Catalog['fields'], BioFieldId> = {
	bioPhone: 'A phone number in your bio',
	bioEmail: 'An email address in your bio',
	bioFullDate: 'A full date (with year) in your bio',
	bioAddress: 'A street address in your bio',
	bioAge: 'Your age or school year in your bio',
	bioSchool: 'A school name in your bio',
};

export const audiences: Catalog['audiences'] = {
	name: {
		public: 'Public',
		'friends-of-friends': 'Friends of friends',
		friends: 'Friends',
		custom: 'a custom list',
		'only-me': 'Only you',
	},
	// An audience as the subject of a sentence: "Anyone can look you up", not "Public can …".
	who: {
		public: 'Anyone',
		'friends-of-friends': 'Friends of friends',
		friends: 'Friends',
		custom: 'People on a custom list',
		'only-me': 'Only you',
	},
};

// Values a page shows for who may tag you or send you message requests, as the popup's "what changed" names them.
export const choices: Catalog['choices'] = {
	anyone: 'anyone',
	following: 'people you follow',
	off: 'off',
	everyone: 'everyone',
	verified: 'verified users',
	'no-one': 'no one',
};

// The end of "Couldn't check: …".
export const reasons: Catalog['reasons'] = {
	'element-missing': 'the page did not show this, or its layout has changed',
	'unrecognized-value': 'the page showed a value Overshare does not recognise',
	'language-unsupported': 'the page is in a language Overshare cannot read yet',
	'page-not-visited': 'open the page that shows this setting',
	'not-own-profile': 'this is not your own profile',
	'account-unconfirmed': 'the page did not show which account is signed in',
	'logged-out': 'you are not signed in',
	'page-not-ready': 'the page did not finish loading',
	'not-answered': 'only the app shows this: answer the question about it below',
	'not-sure': 'you were not sure of this app setting: check it in the app, then answer again',
	'not-in-download': 'this download does not hold the file that would tell (it may not have been chosen when the download was asked for)',
	'file-damaged': 'the file in the download is damaged or cut short',
	'format-unknown': 'the file in the download is in a version Overshare does not know yet',
	'file-too-large': 'the file in the download is larger than Overshare reads, or packed like a zip bomb',
};

export const messages: Catalog['messages'] = {
	'couldnt-check': 'Couldn\'t check: {reason}.',
	'couldnt-check-on': 'Couldn\'t check on {site}: {reason}.',
	'in-app': 'the {app} app',
	'download-not-a-zip': 'This file is not a zip Overshare can open: it may be damaged or cut short. Download it again from the platform.',
	'download-not-recognised': 'This is not a data download Overshare knows (Google Takeout or the phone\'s Timeline export, X, Facebook, Instagram, TikTok, LinkedIn or Snapchat).',
	'download-too-many-files': 'This archive lists more files than any data download does, so Overshare did not read it.',
};

export const list: Catalog['list'] = {between: ' and ', last: ' and '};
