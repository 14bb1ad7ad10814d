import type {EntryHandler, ExportPlatform} from '../export-platform.js';
import {matches} from '../path-pattern.js';
import {countItems} from './count-items.js';

/** profile_v2: birthday {year, month, day} (0 where not given), current_city / hometown {name}, phone_numbers []. */
function profileInformation(): EntryHandler {
	const birthday: Record<string, number> = {};
	let home = false;
	let phones = 0;
	return {
		open(path) {
			if (matches(path, ['profile_v2', 'phone_numbers', '#'])) {
				phones++;
			}
		},
		value(path, value) {
			if (matches(path, ['profile_v2', 'birthday', '*']) && value.kind === 'number') {
				birthday[path[2] as string] = Number(value.text);
			} else if ((matches(path, ['profile_v2', 'current_city', 'name']) || matches(path, ['profile_v2', 'hometown', 'name'])) && value.kind === 'string' && value.text.trim() !== '') {
				home = true;
			}
		},
		done(facts) {
			const given = ['year', 'month', 'day'].filter(part => (birthday[part] ?? 0) > 0).length;
			facts.birthDate = given === 3 ? 'full' : given > 0 ? 'partial' : 'none';
			facts.homeLocation = home;
			facts.phone = phones > 0;
		},
	};
}

/** off_facebook_activity_v2: [{name, events: [{id, type, timestamp}]}]: the businesses, and their events. */
function offFacebookActivity(): EntryHandler {
	let businesses = 0;
	let events = 0;
	return {
		open(path) {
			if (matches(path, ['off_facebook_activity_v2', '#'])) {
				businesses++;
			} else if (matches(path, ['off_facebook_activity_v2', '#', 'events', '#'])) {
				events++;
			}
		},
		done(facts) {
			facts.offPlatformActivity = {businesses, events};
		},
	};
}

/** Where Facebook places the account ("account based in"): any place named in the file is a home location on file. */
function primaryLocation(): EntryHandler {
	let named = false;
	return {
		value(_path, value) {
			if (value.kind === 'string' && value.text.trim() !== '') {
				named = true;
			}
		},
		done(facts) {
			facts.homeLocation = named;
		},
	};
}

/**
 * Facebook's "Download your information" in JSON (Accounts Center › Your information and
 * permissions). Newer downloads nest folders under `personal_information/` and
 * `your_facebook_activity/`; files keep their names, so they are matched by name.
 */
export const facebook: ExportPlatform = {
	id: 'facebook',
	name: 'Facebook',
	recognise: paths => paths.some(path => /(^|\/)(profile_information|your_off-facebook_activity|your_activity_off_meta_technologies)\.json$/.test(path)
		|| /(^|\/)apps_and_websites_off_of_facebook\//.test(path)),
	entries: [
		{
			path: /(^|\/)profile_information\/profile_information\.json$/,
			syntax: 'json',
			answers: ['birthDate', 'homeLocation', 'phone'],
			read: profileInformation,
			source: 'M: profile_information/profile_information.json → profile_v2 (platform-pages.md §7: public parser code; newer exports under personal_information/)',
		},
		{
			path: /(^|\/)(your_off-facebook_activity|your_activity_off_meta_technologies)\.json$/,
			syntax: 'json',
			answers: ['offPlatformActivity'],
			read: offFacebookActivity,
			source: 'M: apps_and_websites_off_of_facebook/your_off-facebook_activity.json → off_facebook_activity_v2[{name, events[]}] (platform-pages.md §7); renamed "activity off Meta technologies" in 2023 (L)',
		},
		{
			// {primary_location_v2: {city_region_pairs: [["City", "Region"]], zipcode: ["…"]}}; primary_public_location likewise.
			path: /(^|\/)logged_information\/location\/(primary_location|primary_public_location)\.json$/,
			syntax: 'json',
			answers: ['homeLocation'],
			read: primaryLocation,
			source: 'L: logged_information/location/primary_location.json and primary_public_location.json (a public DYI loader, 2024; key names unverified: any place named counts)',
		},
		{
			// installed_apps_v2 (older: installed_apps): [{name, added_timestamp, …}]
			path: /(^|\/)apps_and_websites_off_of_facebook\/(apps_and_websites|connected_apps_and_websites)\.json$/,
			syntax: 'json',
			answers: ['connectedApps'],
			read: countItems([['installed_apps_v2'], ['installed_apps']], (facts, count) => {
				facts.connectedApps = count;
			}),
			source: 'L: apps_and_websites.json → installed_apps_v2[] (public DYI parsers, 2021–23)',
		},
		{
			// custom_audiences_all_types_v2: [{advertiser_name, has_data_file_custom_audience, …}]
			path: /(^|\/)ads_information\/advertisers_using_your_activity_or_information\.json$/,
			syntax: 'json',
			answers: ['advertiserAudiences'],
			read: countItems([['custom_audiences_all_types_v2'], ['custom_audiences_v2']], (facts, count) => {
				facts.advertiserAudiences = count;
			}),
			source: 'L: ads_information/advertisers_using_your_activity_or_information.json → custom_audiences_all_types_v2[] (public DYI parsers, 2022–24)',
		},
	],
	fixes: {
		birthDate: 'https://accountscenter.facebook.com/personal_info/birthday/',
		homeLocation: 'https://www.facebook.com/me/directory_places_lived',
		phone: 'https://accountscenter.facebook.com/personal_info/contact_points/',
		offPlatformActivity: 'https://accountscenter.facebook.com/info_and_permissions/off_facebook_activity/',
		connectedApps: 'https://www.facebook.com/settings/?tab=applications',
		advertiserAudiences: 'https://accountscenter.facebook.com/ads/audience_based_advertising/',
	},
};
