import {known} from '../model/observed.js';
import {severityFor} from '../model/severity.js';
import {defineRule, ok, risk} from './define-rule.js';
import {stravaFix} from './fix-steps.js';

// GEO-05: activities others can see, and Map Visibility does not hide their start and end "no matter
// where they happen" (§1.2, M, 2024). Hiding only at chosen addresses is weaker (a 2018 thesis found
// address zones could be inferred for most active users, §1.5): it lowers the severity, no more.
export default defineRule({
	id: 'strava-start-end-shown',
	ref: 'GEO-05',
	family: 'geolocation',
	reads: ['activitiesAudience', 'hideStartEndEverywhere'],
	context: ['hideStartEndAtAddresses', 'hideActivityMaps'],
	severity: severityFor('high', 'critical'),
	judge({activitiesAudience: {value: audience}, hideStartEndEverywhere}, {hideStartEndAtAddresses, hideActivityMaps}) {
		if (audience === 'only-me' || hideStartEndEverywhere.value) {
			return ok;
		}

		if (hideActivityMaps?.value === true) {
			return risk('maps-hidden', {severity: severityFor('info', 'low'), reach: audience});
		}

		return hideStartEndAtAddresses?.value === true
			? risk('addresses-only', {severity: severityFor('medium', 'high'), reach: audience})
			: risk('not-hidden', {reach: audience});
	},
	fixes: {strava: stravaFix('M', 'settings-privacy', '2024-11')},
	examples: {
		risky: [{activitiesAudience: known('public'), hideStartEndEverywhere: known(false)}, {activitiesAudience: known('friends'), hideStartEndEverywhere: known(false)}],
		ok: [{activitiesAudience: known('public'), hideStartEndEverywhere: known(true)}, {activitiesAudience: known('only-me'), hideStartEndEverywhere: known(false)}],
	},
});
