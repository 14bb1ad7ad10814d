import type {EntryHandler, ExportPlatform} from '../export-platform.js';

/**
 * ProfileMap: {userName, birthDate, emailAddress, telephoneNumber, accountRegion, …}, under
 * "Profile And Settings" › "Profile Info" (newer) or "Profile" › "Profile Information" (older).
 */
function userData(): EntryHandler {
	let birthDate: 'full' | 'partial' | 'none' = 'none';
	let phone = false;
	let region = false;
	let seen = false;
	const inProfileMap = (path: readonly unknown[]) => path.length === 4 && path[2] === 'ProfileMap'
		&& ((path[0] === 'Profile And Settings' && path[1] === 'Profile Info') || (path[0] === 'Profile' && path[1] === 'Profile Information'));
	return {
		open(path) {
			if (path.length === 3 && path[2] === 'ProfileMap') {
				seen = true;
			}
		},
		value(path, value) {
			if (!inProfileMap(path) || value.kind !== 'string') {
				return;
			}

			const text = value.text.trim();
			// TikTok writes "N/A" or "" for what it does not have (M).
			const given = text !== '' && text.toUpperCase() !== 'N/A';
			if (path[3] === 'birthDate' && given) {
				// Full: a year and a day ("15-Jun-1990", "1990-06-15"); "Jun 1990" or "06-15" is part of one.
				birthDate = /\d{4}/.test(text) && /\d{1,2}/.test(text.replace(/\d{4}/, '')) ? 'full' : 'partial';
			} else if (path[3] === 'telephoneNumber' && given) {
				phone = true;
			} else if (path[3] === 'accountRegion' && given) {
				region = true;
			}
		},
		done(facts) {
			if (!seen) {
				throw new Error('no ProfileMap: a version of the file Overshare does not know');
			}

			facts.birthDate = birthDate;
			facts.phone = phone;
			facts.homeLocation = region;
		},
	};
}

/** TikTok's "Download your data" (Settings › Account › Download your data), JSON format. */
export const tiktok: ExportPlatform = {
	id: 'tiktok',
	name: 'TikTok',
	recognise: paths => paths.some(path => /(^|\/)user_data(_tiktok)?\.json$/.test(path)),
	entries: [
		{
			path: /(^|\/)user_data(_tiktok)?\.json$/,
			syntax: 'json',
			answers: ['birthDate', 'phone', 'homeLocation'],
			read: userData,
			source: 'M: user_data_tiktok.json → "Profile And Settings" › "Profile Info" › ProfileMap (older: "Profile" › "Profile Information"), one public source (platform-pages.md §7)',
		},
	],
	fixes: {
		birthDate: 'https://www.tiktok.com/setting',
		phone: 'https://www.tiktok.com/setting',
		homeLocation: 'https://www.tiktok.com/setting',
	},
};
