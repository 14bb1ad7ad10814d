import {accountPageAt} from './account-page-at.js';
import {defineSite} from './define-site.js';
import {pathOnHost} from './path-on-host.js';

// Facts and vintage: platform-pages-3.md §1 (Strava, 2018–2026) and risks-and-settings.md (b) Strava.

const settingsPage = accountPageAt('www.strava.com', '/settings/');

/** `/athletes/<numeric id>` (§1.1, H): anyone's profile, so whose it is is checked on the page. */
const isAthletePath = (url: URL): boolean => /^\/athletes\/\d+$/.test(pathOnHost('www.strava.com', url) ?? '');

export default defineSite({
	id: 'strava',
	name: 'Strava',
	matches: ['https://www.strava.com/*'],
	checkupUrl: 'https://www.strava.com/settings/privacy',
	readIn: ['en'],
	pages: {
		// Settings › Privacy Controls (§1.1–1.2, H for the address; the markup is unknown, §1.6).
		'settings-privacy': settingsPage('privacy', [
			'profilePageAudience', 'activitiesAudience', 'groupActivitiesAudience',
			'hideStartEndAtAddresses', 'hideStartEndEverywhere', 'hideActivityMaps',
			'aggregatedDataContribution', 'flybyAudience', 'localLegendsAudience', 'mentionsAudience',
		]),
		// Your own athlete page: only whether a location is set, from the page's CurrentAthlete data (§1.3).
		athlete: {
			url: 'https://www.strava.com/dashboard',
			reachedByClick: true,
			// CurrentAthlete is H (2016–25); telling own from someone else's by its id is inference (L).
			facts: {confirmed: '2025', confidence: 'L'},
			matches: isAthletePath,
			owner: 'profile',
			fields: ['profileLocationSet'],
			examples: ['https://www.strava.com/athletes/12345678', 'https://www.strava.com/athletes/12345678/'],
		},
		// Settings › My Apps (§1.1 `/settings/apps`, L, 2026): the connected apps, counted.
		'settings-apps': settingsPage('apps', ['activeAppCount']),
	},
});
