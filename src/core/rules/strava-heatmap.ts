import {known} from '../model/observed.js';
import {severityFor} from '../model/severity.js';
import {defineRule, ok, risk} from './define-rule.js';
import {stravaFix} from './fix-steps.js';

// GEO-06: "Contribute your activity data to de-identified, aggregate data sets" is checked (§1.2, H).
// Followers-only activities feed the Global Heatmap too; only "Only You" ones are left out (§1.5, M).
export default defineRule({
	id: 'strava-heatmap',
	ref: 'GEO-06',
	family: 'geolocation',
	reads: ['aggregatedDataContribution'],
	severity: severityFor('low', 'medium'),
	judge: ({aggregatedDataContribution}) => (aggregatedDataContribution.value ? risk('on') : ok),
	fixes: {strava: stravaFix('M')},
	examples: {risky: [{aggregatedDataContribution: known(true)}], ok: [{aggregatedDataContribution: known(false)}]},
});
