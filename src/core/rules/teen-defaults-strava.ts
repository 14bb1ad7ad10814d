import {known} from '../model/observed.js';
import {severityFor} from '../model/severity.js';
import {defineRule, ok, risk} from './define-rule.js';
import {stravaFix} from './fix-steps.js';

// SUP-02, with SUP-01 as the other explanation: under-18 accounts made after 3 Sep 2021 start with
// Profile Page and Activities at "Followers" (Strava help 4412328250893, H). "Everyone" on either means
// it was loosened, or that Strava's birth date says 18 or over. A prompt for a talk, never a score.
export default defineRule({
	id: 'teen-defaults-strava',
	ref: 'SUP-02, SUP-01',
	family: 'supervision',
	reads: ['profilePageAudience', 'activitiesAudience'],
	severity: severityFor('info', 'high'),
	profiles: ['teen13', 'teen16'],
	prompt: true,
	judge: ({profilePageAudience, activitiesAudience}) =>
		(profilePageAudience.value === 'public' || activitiesAudience.value === 'public' ? risk('loosened') : ok),
	fixes: {strava: stravaFix('H')},
	examples: {
		risky: [{profilePageAudience: known('public'), activitiesAudience: known('friends')}],
		ok: [{profilePageAudience: known('friends'), activitiesAudience: known('friends')}],
	},
});
