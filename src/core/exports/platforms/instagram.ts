import type {EntryHandler, ExportPlatform} from '../export-platform.js';
import {matches} from '../path-pattern.js';
import {countItems} from './count-items.js';

/** profile_user[0].string_map_data: {"Date of birth": {value: "YYYY-MM-DD"}, "Phone Number": {value}, …}. */
function personalInformation(): EntryHandler {
	let birthDate: 'full' | 'partial' | 'none' = 'none';
	let phone = false;
	return {
		value(path, value) {
			if (!matches(path, ['profile_user', '#', 'string_map_data', '*', 'value']) || value.kind !== 'string' || value.text.trim() === '') {
				return;
			}

			if (path[3] === 'Date of birth') {
				birthDate = /^\d{4}-\d\d-\d\d$/.test(value.text) ? 'full' : 'partial';
			} else if (path[3] === 'Phone Number') {
				phone = true;
			}
		},
		done(facts) {
			facts.birthDate = birthDate;
			facts.phone = phone;
		},
	};
}

/** Instagram's "Download your information" in JSON (Accounts Center). */
export const instagram: ExportPlatform = {
	id: 'instagram',
	name: 'Instagram',
	recognise: paths => paths.some(path => /(^|\/)personal_information\/personal_information\.json$/.test(path) || /(^|\/)your_instagram_activity\//.test(path)),
	entries: [
		{
			path: /(^|\/)personal_information\/personal_information\.json$/,
			syntax: 'json',
			answers: ['birthDate', 'phone'],
			read: personalInformation,
			source: 'H: personal_information/personal_information/personal_information.json of a real 2022 download (yummyhopper/personal_instagram_analysis), skeleton in data/exports/instagram/',
		},
		{
			// topics_your_topics: [{string_map_data: {Name: {value}}}]
			path: /(^|\/)your_topics\/your_topics\.json$/,
			syntax: 'json',
			answers: ['interests'],
			read: countItems([['topics_your_topics']], (facts, count) => {
				facts.interests = count;
			}),
			source: 'L: preferences/your_topics/your_topics.json → topics_your_topics[] (public DYI parsers, 2023)',
		},
		{
			// ig_custom_audiences_all_types: [{advertiser_name, has_data_file_custom_audience, …}], as Facebook's file.
			path: /(^|\/)instagram_ads_and_businesses\/advertisers_using_your_activity_or_information\.json$/,
			syntax: 'json',
			answers: ['advertiserAudiences'],
			read: countItems([['ig_custom_audiences_all_types'], ['ig_custom_audiences_all_types_v2']], (facts, count) => {
				facts.advertiserAudiences = count;
			}),
			source: 'L: ads_information/instagram_ads_and_businesses/advertisers_using_your_activity_or_information.json → ig_custom_audiences_all_types[] (public DYI parsers, 2023)',
		},
	],
	fixes: {
		birthDate: 'https://accountscenter.instagram.com/personal_info/birthday/',
		phone: 'https://accountscenter.instagram.com/personal_info/contact_points/',
		interests: 'https://accountscenter.instagram.com/ads/',
		advertiserAudiences: 'https://accountscenter.instagram.com/ads/',
	},
};
