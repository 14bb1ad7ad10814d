import {defineSite} from './define-site.js';

// Facts and vintage: platform-pages-3.md §2 (screen ids and URLs H, MICROG 2023; labels M–L, 2020–24)
// and risks-and-settings.md (b) Google account. Only these two hosts: never www.google.com.

/**
 * The path on one of Google's account hosts, without the account index a second signed-in account
 * gets (`/u/1/profile`) or trailing slashes; undefined on any other host.
 */
const pathOn = (hostname: string, url: URL): string | undefined =>
	(url.hostname === hostname ? url.pathname.replace(/^\/u\/\d{1,2}(?=\/)/, '').replace(/\/+$/, '') : undefined);

const accountPath = (path: string) => (url: URL): boolean => pathOn('myaccount.google.com', url) === path;

/** One of the activity controls on myactivity (`/activitycontrols?settings=<control>`, §2.1 ids 224 and 227, H). */
const activityControl = (control: string) => (url: URL): boolean =>
	pathOn('myactivity.google.com', url) === '/activitycontrols' && url.searchParams.get('settings') === control;

export default defineSite({
	id: 'google',
	name: 'Google Account',
	matches: ['https://myaccount.google.com/*', 'https://myactivity.google.com/*'],
	checkupUrl: 'https://myaccount.google.com/privacycheckup',
	// Spanish: the audience words are M (help 6304920, es-419); its other wordings are L (labels/google/es.ts).
	readIn: ['en', 'es'],
	pages: {
		// "About me" (screen 10050, §2.1 H): who sees each detail, "Only you" or "Anyone" (§2.2, M; en wording L).
		profile: {
			url: 'https://myaccount.google.com/profile',
			matches: accountPath('/profile'),
			owner: 'account',
			fields: ['birthdayDayMonth', 'birthdayYear', 'gender', 'phone', 'email', 'address', 'workAddress', 'currentCity', 'hometown'],
			examples: ['https://myaccount.google.com/profile/', 'https://myaccount.google.com/profile?hl=en', 'https://myaccount.google.com/u/1/profile'],
		},
		// Timeline, formerly Location History (screen 227, §2.1 H; switch §2.3 M).
		'activity-location': {
			url: 'https://myactivity.google.com/activitycontrols?settings=location',
			matches: activityControl('location'),
			owner: 'account',
			fields: ['locationHistory'],
			examples: ['https://myactivity.google.com/activitycontrols?settings=location&hl=en', 'https://myactivity.google.com/u/0/activitycontrols?settings=location'],
		},
		// Web & App Activity (screen 224, §2.1 H; switch §2.3 M).
		'activity-web-app': {
			url: 'https://myactivity.google.com/activitycontrols?settings=search',
			matches: activityControl('search'),
			owner: 'account',
			fields: ['webAppActivity'],
			examples: ['https://myactivity.google.com/activitycontrols?settings=search&utm_source=privacy-checkup', 'https://myactivity.google.com/u/1/activitycontrols?settings=search'],
		},
		// Location sharing (screen 210, §2.1 H): how many people see where you are now; never who.
		'location-sharing': {
			url: 'https://myaccount.google.com/locationsharing',
			matches: accountPath('/locationsharing'),
			owner: 'account',
			fields: ['liveLocationShares'],
			examples: ['https://myaccount.google.com/locationsharing?hl=en', 'https://myaccount.google.com/u/1/locationsharing'],
		},
		// Your connections to third-party apps & services (screen 431, §2.1 H; §2.2 M).
		connections: {
			url: 'https://myaccount.google.com/connections',
			matches: accountPath('/connections'),
			owner: 'account',
			fields: ['activeAppCount'],
			examples: ['https://myaccount.google.com/connections?filters=3', 'https://myaccount.google.com/u/1/connections'],
		},
		// Shared endorsements in ads (§2.1 M, FIRESER 2021; checkbox §2.3 M).
		'shared-endorsements': {
			url: 'https://myaccount.google.com/shared-endorsements',
			matches: accountPath('/shared-endorsements'),
			owner: 'account',
			fields: ['sharedEndorsements'],
			examples: ['https://myaccount.google.com/shared-endorsements?hl=en', 'https://myaccount.google.com/u/2/shared-endorsements'],
		},
	},
});
