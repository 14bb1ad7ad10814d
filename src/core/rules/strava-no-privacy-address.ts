import {known} from '../model/observed.js';
import {severityFor} from '../model/severity.js';
import {defineRule, ok, risk} from './define-rule.js';
import {stravaFix} from './fix-steps.js';

// GEO-05's second fix: "add home/work privacy addresses" (risks-and-settings.md (c)). Map Visibility's
// address-based hiding (§1.2, M, 2024) is off while activities are seen by others. Only whether it is
// on is read: never the addresses.
export default defineRule({
	id: 'strava-no-privacy-address',
	ref: 'GEO-05',
	family: 'geolocation',
	reads: ['activitiesAudience', 'hideStartEndAtAddresses'],
	severity: severityFor('low', 'medium'),
	judge: ({activitiesAudience: {value}, hideStartEndAtAddresses}) =>
		(value === 'only-me' || hideStartEndAtAddresses.value ? ok : risk('none', {reach: value})),
	fixes: {strava: stravaFix('M', 'settings-privacy', '2024-11')},
	examples: {
		risky: [{activitiesAudience: known('public'), hideStartEndAtAddresses: known(false)}],
		ok: [{activitiesAudience: known('public'), hideStartEndAtAddresses: known(true)}, {activitiesAudience: known('only-me'), hideStartEndAtAddresses: known(false)}],
	},
});
