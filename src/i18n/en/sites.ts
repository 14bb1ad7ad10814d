import type {Catalog} from '../catalog.js';

// Page titles by site and page kind, each site's privacy checkup, and the links clicked to reach the
// pages no address opens by themselves; test/i18n-catalog.test.ts fails when one is missing.
export const sites: Catalog['sites'] = {
	facebook: {
		checkup: 'Facebook Privacy Checkup',
		pages: {
			'about-contact-and-basic-info': 'About › Contact and basic info',
			'about-contact-info': 'About › Contact info',
			'about-basic-info': 'About › Basic info',
			'about-places': 'About › Places lived',
			'settings-posts': 'Settings › Posts',
			'settings-find-and-contact': 'Settings › How people find and contact you',
			'settings-profile-and-tagging': 'Settings › Profile and tagging',
			'settings-apps': 'Settings › Apps and websites',
			'accounts-center-contact-points': 'Accounts Center › Contact info',
		},
	},
	x: {
		checkup: 'X Privacy Checkup',
		pages: {
			'settings-audience': 'Settings › Audience, media and tagging',
			'settings-location': 'Settings › Add location information to your posts',
			'settings-contacts': 'Settings › Discoverability and contacts',
			'settings-direct-messages': 'Settings › Direct Messages',
			'settings-data-sharing': 'Settings › Data sharing with business partners',
			'settings-ads': 'Settings › Ads preferences',
			'settings-grok': 'Settings › Grok & Third-party Collaborators',
			'edit-profile': 'Edit profile',
			'settings-inferred-identity': 'Settings › Inferred identity',
			'settings-connected-apps': 'Settings › Apps and sessions › Connected apps',
			profile: 'Your profile',
		},
		clicks: {profile: 'Profile'},
	},
	linkedin: {
		checkup: 'LinkedIn Privacy Checkup',
		pages: {
			'visibility-settings': 'Settings › Visibility',
			'data-for-ai': 'Settings › Data for Generative AI Improvement',
			'ads-beyond-linkedin': 'Settings › Advertising data › Ads beyond LinkedIn',
			'ads-inferred-location': 'Settings › Advertising data › Inferred location',
			'ads-by-age': 'Settings › Advertising data › Age',
			'ads-by-gender': 'Settings › Advertising data › Gender',
			'ads-interests': 'Settings › Advertising data › Interest categories',
			'ads-business-interactions': 'Settings › Advertising data › Interactions with businesses',
			'ads-related-actions': 'Settings › Advertising data › Ad-related actions',
			'research': 'Settings › Data privacy › Social, economic and workplace research',
			'discover-by-email': 'Settings › Visibility › Profile discovery using email address',
			'discover-by-phone': 'Settings › Visibility › Profile discovery using phone number',
			'permitted-services': 'Settings › Data privacy › Permitted services',
			'contact-info': 'Your profile › Contact info',
		},
		clicks: {'contact-info': 'Contact info'},
	},
	instagram: {
		checkup: 'Instagram Privacy Checkup',
		pages: {
			'account-privacy': 'Settings › Account privacy',
			'edit-profile': 'Edit profile',
			'tags-and-mentions': 'Settings › Tags and mentions',
			'messages-and-story-replies': 'Settings › Messages and story replies',
			'apps-and-websites': 'Settings › Apps and websites',
			'accounts-center-personal-details': 'Accounts Center › Personal details',
		},
	},
	tiktok: {
		checkup: 'TikTok Privacy Checkup',
		pages: {
			profile: 'Your profile',
			'settings-privacy': 'Settings › Privacy',
		},
	},
	reddit: {
		checkup: 'Reddit Settings › Privacy',
		pages: {
			'settings-privacy': 'Settings › Privacy',
			'settings-profile': 'Settings › Profile',
		},
	},
	google: {
		checkup: 'Google Privacy Checkup',
		pages: {
			profile: 'About me',
			'activity-location': 'Data & privacy › Timeline',
			'activity-web-app': 'Data & privacy › Web & App Activity',
			'location-sharing': 'Location sharing',
			connections: 'Security › Your connections to third-party apps & services',
			'shared-endorsements': 'People & sharing › Shared endorsements',
		},
	},
	strava: {
		checkup: 'Strava Privacy Controls',
		pages: {
			'settings-privacy': 'Settings › Privacy Controls',
			athlete: 'Your profile',
			'settings-apps': 'Settings › My Apps',
		},
		clicks: {athlete: 'My Profile'},
	},
	youtube: {
		checkup: 'YouTube privacy settings',
		pages: {
			'account-privacy': 'Settings › Privacy',
			'channel-about': 'Your channel › About',
		},
		clicks: {'channel-about': 'Your channel'},
	},
};
