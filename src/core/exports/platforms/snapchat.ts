import {datedItems} from '../dated-items.js';
import type {ExportPlatform} from '../export-platform.js';

/** Snapchat's "My Data" (accounts.snapchat.com › My Data), JSON format. */
export const snapchat: ExportPlatform = {
	id: 'snapchat',
	name: 'Snapchat',
	recognise: paths => paths.some(path => /(^|\/)json\/(location_history|account|user_profile)\.json$/.test(path)),
	entries: [
		{
			// {"Location History": [{"Time": "2021/01/31 12:00:00 UTC", "Latitude, Longitude": "…"}], "Frequent Locations": [...], …}
			path: /(^|\/)json\/location_history\.json$/,
			syntax: 'json',
			answers: ['locationPoints'],
			read: datedItems({items: ['Location History', '#'], times: [['Time']]}, (facts, counter) => {
				facts.locationPoints = counter.span(facts.locationPoints);
			}),
			source: 'L: json/location_history.json → "Location History"[{Time, "Latitude, Longitude"}] (public Snapchat export parsers, 2021–23)',
		},
	],
	fixes: {
		locationPoints: 'https://accounts.snapchat.com/',
	},
};
