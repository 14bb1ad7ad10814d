import {datedItems} from '../dated-items.js';
import type {ExportPlatform} from '../export-platform.js';
import {matches} from '../path-pattern.js';
import {countItems} from './count-items.js';

/**
 * X's archive (Settings › Your account › Download an archive of your data): `data/<name>.js`, each
 * `window.YTD.<name>.part0 = [ … ]` (platform-pages.md §7; skeletons in data/exports/x-archive/).
 */
export const x: ExportPlatform = {
	id: 'x',
	name: 'X',
	recognise: paths => paths.some(path => /(^|\/)data\/(manifest|account|ageinfo|personalization|tweets?)\.js$/.test(path)),
	entries: [
		{
			// [{ageMeta: {ageInfo: {age: ["46"], birthDate: "YYYY-MM-DD"}}}]; ageInfo can be absent.
			path: /(^|\/)data\/ageinfo\.js$/,
			syntax: 'ytd',
			answers: ['birthDate'],
			read() {
				let birthDate: 'full' | 'partial' | 'none' = 'none';
				return {
					value(path, value) {
						if (matches(path, ['#', 'ageMeta', 'ageInfo', 'birthDate']) && value.kind === 'string') {
							birthDate = /^\d{4}-\d\d-\d\d$/.test(value.text) ? 'full' : value.text.trim() === '' ? birthDate : 'partial';
						}
					},
					done(facts) {
						facts.birthDate = birthDate;
					},
				};
			},
			source: 'H: data/ageinfo.js of a real 2026 archive (milahu/twitter-milahu104), skeleton in data/exports/x-archive/',
		},
		{
			// p13nData: interests.interests[{name, isDisabled}], interests.audienceAndAdvertisers{numAudiences, advertisers[]…},
			// inferredAgeInfo{age: ["13-54"]}, locationHistory[].
			path: /(^|\/)data\/personalization\.js$/,
			syntax: 'ytd',
			answers: ['interests', 'inferredAge', 'advertiserAudiences'],
			read() {
				let interests = 0;
				let inferredAge = false;
				let audiences = 0;
				let advertisers = 0;
				const base = ['#', 'p13nData'];
				return {
					open(path) {
						if (matches(path, [...base, 'interests', 'interests', '#'])) {
							interests++;
						}
					},
					value(path, value) {
						if (matches(path, [...base, 'inferredAgeInfo', 'age', '#']) && value.kind === 'string' && value.text.trim() !== '') {
							inferredAge = true;
						} else if (matches(path, [...base, 'interests', 'audienceAndAdvertisers', 'numAudiences']) && value.kind !== 'literal') {
							audiences = Math.max(0, Math.trunc(Number(value.text)) || 0);
						} else if (path.length === 6 && matches(path.slice(0, 5), [...base, 'interests', 'audienceAndAdvertisers', '*']) && typeof path[5] === 'number') {
							advertisers++;
						}
					},
					done(facts) {
						facts.interests = interests;
						facts.inferredAge = inferredAge;
						facts.advertiserAudiences = Math.max(audiences, advertisers);
					},
				};
			},
			source: 'H: data/personalization.js of a real 2026 archive (milahu/twitter-milahu104), skeleton in data/exports/x-archive/',
		},
		{
			// [{connectedApplication: {organization, name, description, permissions, approvedAt, id}}]
			path: /(^|\/)data\/connected-application\.js$/,
			syntax: 'ytd',
			answers: ['connectedApps'],
			read: countItems([[]], (facts, count) => {
				facts.connectedApps = count;
			}),
			source: 'M: file listed in a real 2026 archive (milahu/twitter-milahu104); item shape {connectedApplication: {…}} from public archive parsers',
		},
		{
			// [{device: {phoneNumber: "+1…"}}]: absent from some archives (platform-pages.md §7).
			path: /(^|\/)data\/phone-number\.js$/,
			syntax: 'ytd',
			answers: ['phone'],
			read: countItems([[]], (facts, count) => {
				facts.phone = count > 0;
			}),
			source: 'M: named by the issue and public archive parsers; absent from the 2026 archive the reference saw',
		},
		{
			// [{ad: {adsUserData: {adEngagements: {engagements: [{impressionAttributes: {…, matchedTargetingCriteria, impressionTime}, engagementAttributes: […]}]}}}}]
			path: /(^|\/)data\/ad-engagements\.js$/,
			syntax: 'ytd',
			answers: ['adEngagements'],
			read: datedItems({items: ['#', 'ad', 'adsUserData', 'adEngagements', 'engagements', '#'], times: [['impressionAttributes', 'impressionTime']]}, (facts, counter) => {
				facts.adEngagements = counter.span(facts.adEngagements);
			}),
			source: 'L: data/ad-engagements.js → ad.adsUserData.adEngagements.engagements[].impressionAttributes.impressionTime (public X archive parsers, 2022–24)',
		},
	],
	fixes: {
		birthDate: 'https://x.com/settings/your_twitter_data/account',
		interests: 'https://x.com/settings/your_twitter_data/twitter_interests',
		inferredAge: 'https://x.com/settings/off_twitter_activity',
		advertiserAudiences: 'https://x.com/settings/audiences',
		connectedApps: 'https://x.com/settings/connected_apps',
		phone: 'https://x.com/settings/phone',
		adEngagements: 'https://x.com/settings/ads_preferences',
	},
};
