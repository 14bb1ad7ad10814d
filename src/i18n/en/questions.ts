import type {Catalog} from '../catalog.js';

// The guided questions (src/core/questions/*.ts) in the apps' own English: the path from the app's home
// screen, the question, the app's option labels and the platforms' defaults (risks-and-settings.md (b),
// with each question's vintage and confidence in its module).
const tiktok = ['Profile', '☰', 'Settings and privacy', 'Privacy'];
const snapchat = ['Your avatar', '⚙ Settings', 'Privacy Controls'];
const instagram = ['Profile', '☰', 'Settings and activity'];
const venmo = ['☰', 'Settings', 'Privacy'];
const onOff = (on = 'On', off = 'Off') => ({on, off});
const venmoAudience = {public: 'Public', friends: 'Friends', private: 'Private'};

export const questions: Catalog['questions'] = {
	// TikTok
	'tiktok.private-account': {
		path: [...tiktok, 'Private account'],
		ask: 'Is "Private account" switched on?',
		options: onOff(),
		defaults: {adult: 'Off (public)', teen: '13–15: on; 16–17: on unless they chose public at sign-up'},
	},
	'tiktok.direct-messages': {
		path: [...tiktok, 'Direct messages'],
		ask: 'Who can send you direct messages?',
		options: {everyone: 'Everyone', 'suggested-friends': 'Suggested friends', friends: 'Friends', 'no-one': 'No one'},
		defaults: {adult: 'not documented', teen: '13–15: direct messages unavailable; 16–17: No one'},
	},
	'tiktok.suggest-account': {
		path: [...tiktok, 'Suggest your account to others'],
		ask: 'Is any switch on: Contacts, Facebook friends, People with mutual connections, People who open or send links to you?',
		options: onOff('One or more is on', 'All are off'),
		defaults: {adult: 'On', teen: '13–15: Off'},
	},
	'tiktok.location-services': {
		path: [...tiktok, 'Location services'],
		ask: 'Is "Location services" on?',
		options: onOff(),
		defaults: {adult: 'asked the first time you open the For You feed', teen: 'not documented'},
	},
	'tiktok.downloads': {
		path: [...tiktok, 'Downloads'],
		ask: 'Is "Video downloads" on?',
		options: onOff(),
		defaults: {adult: 'On', teen: '13–15: not allowed; 16–17: Off'},
	},
	// Snapchat
	'snapchat.contact-me': {
		path: [...snapchat, 'Contact Me'],
		ask: 'Who can contact you?',
		options: {everyone: 'Everyone', friends: 'My Friends', 'friends-and-contacts': 'My Friends and Contacts'},
		defaults: {adult: 'My Friends (and contacts)', teen: 'My Friends and Contacts, and it cannot be widened'},
	},
	'snapchat.view-my-story': {
		path: [...snapchat, 'View My Story'],
		ask: 'Who can view your story?',
		options: {everyone: 'Everyone', friends: 'Friends', custom: 'Custom'},
		defaults: {adult: 'Friends', teen: 'Friends'},
	},
	'snapchat.quick-add': {
		path: [...snapchat, 'See Me in Quick Add'],
		ask: 'Is "See Me in Quick Add" on?',
		options: onOff(),
		defaults: {adult: 'On', teen: 'limited to people with mutual friends'},
	},
	'snapchat.ghost-mode': {
		path: ['Snap Map', '⚙ Settings', 'Ghost Mode'],
		ask: 'Is "Ghost Mode" on (your location hidden from everyone)?',
		options: onOff('On (location hidden)', 'Off (friends can see your location)'),
		defaults: {adult: 'location sharing off', teen: 'location sharing off; friends only if turned on'},
	},
	// Instagram
	'instagram.private-account': {
		path: [...instagram, 'Account privacy'],
		ask: 'Is "Private account" switched on?',
		options: onOff(),
		defaults: {adult: 'Off (public)', teen: 'On (private)'},
	},
	'instagram.map-sharing': {
		path: [...instagram, 'Story, live and location', 'Location sharing'],
		ask: 'Who do you share your location with on the Instagram Map?',
		options: {friends: 'Friends', 'close-friends': 'Close Friends', 'only-these-friends': 'Only these friends', 'no-one': 'No one'},
		defaults: {adult: 'No one (sharing is opt-in)', teen: 'No one (sharing is opt-in)'},
	},
	'instagram.message-requests': {
		path: [...instagram, 'Messages and story replies', 'Message requests'],
		ask: 'Under "Others on Instagram", where do their messages go?',
		options: {requests: 'Message requests', 'dont-receive': 'Don\'t receive requests'},
		defaults: {adult: 'delivered to message requests', teen: 'only people they follow or are connected to'},
	},
	'instagram.activity-status': {
		path: [...instagram, 'Messages and story replies', 'Show activity status'],
		ask: 'Is "Show activity status" on?',
		options: onOff(),
		defaults: {adult: 'On', teen: 'not documented'},
	},
	// Venmo
	'venmo.default-privacy': {
		path: [...venmo, 'Default privacy setting'],
		ask: 'Which default privacy setting is chosen?',
		options: venmoAudience,
		defaults: {adult: 'Public', teen: 'not documented'},
	},
	'venmo.friends-list': {
		path: [...venmo, 'Friends list'],
		ask: 'Who can see your friends list?',
		options: venmoAudience,
		defaults: {adult: 'Public', teen: 'not documented'},
	},
};
