import type {LabelTable} from '../label-table.js';

/**
 * Google Account's en wordings (platform-pages-3.md §2.2). Their confidence differs, so each says
 * where it comes from. A wrong wording only makes a field "couldn't check", never ok.
 */
export const labelsEn = {
	// L: en inferred from help 6304920's es «Solo tú» / «Cualquiera» and it «Solo tu» / «Chiunque» (M).
	onlyYou: 'Only you',
	anyone: 'Anyone',
	// L: the About me section of that help page ("places lived", M as a field with a visibility choice).
	placesLived: 'Places lived',
	// M: activity-control names (FIRESER 2020; "Timeline" is the 2024 name of "Location History", H).
	timeline: ['Timeline', 'Location History'],
	webAppActivity: 'Web & App Activity',
	// M: the shared-endorsements checkbox text (FIRESER 2021).
	sharedEndorsements: 'Based upon my activity, Google may show my profile name, profile photo, and activity in shared endorsements in ads.',
	// M: each connection's "See details" (help 13533235 mirror, 2023–24); the empty-list sentence is L (written for the samples).
	seeDetails: 'See details',
	noConnections: 'You have no connections to third-party apps and services',
	// L: the way each share is stopped, and the empty state, are not in the reference (written for the samples).
	stopSharing: 'Stop sharing',
	notSharing: 'You aren\'t sharing your location with anyone',
} as const satisfies LabelTable;

export type GoogleLabel = keyof typeof labelsEn;
