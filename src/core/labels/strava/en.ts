import type {LabelTable} from '../label-table.js';

/**
 * Strava's en wordings on Settings › Privacy Controls and My Apps (platform-pages-3.md §1.2, 2018–2026).
 * Headings and the Everyone / Followers / Only You options are H (help centre); the Map Visibility
 * and Aggregated Data Usage sentences M–H; "No One" for Flyby and Local Legends M (help centre).
 * Guesses (L): the "hide the whole map" wording, the Mentions options, the apps page's "Revoke Access"
 * button and its empty-list sentence. A guess that does not match leaves the field "couldn't check".
 */
export const labelsEn = {
	profilePage: 'Profile Page',
	activities: ['Activities', 'Who can see'],
	groupActivities: 'Group Activities',
	hideAtAddresses: 'Hide the start and end points of activities that happen at a specific address',
	hideEverywhere: 'Hide the start and end points of activities no matter where they happen',
	hideMap: ['Hide entire map', 'Hide the entire map', 'Hide the map of all activities'],
	aggregatedData: 'Contribute your activity data to de-identified, aggregate data sets',
	flyby: ['Flyby', 'Flybys'],
	localLegends: 'Local Legends',
	mentions: 'Mentions',
	everyone: 'Everyone',
	followers: 'Followers',
	onlyYou: 'Only You',
	noOne: 'No One',
	revokeAccess: 'Revoke Access',
	noApps: ['You have not authorized any apps', 'You haven\'t connected any apps'],
} as const satisfies LabelTable;

export type StravaLabel = keyof typeof labelsEn;
