import {known} from '../model/observed.js';
import {severityFor} from '../model/severity.js';
import {defineRule, ok, risk} from './define-rule.js';
import {stravaFix} from './fix-steps.js';

// PHO-04 for group activities: with "Everyone", any athlete sees that you were part of a group, on
// other people's activities (§1.2, H; it cannot be set per activity, M). Under 18: Followers.
export default defineRule({
	id: 'strava-group-activities',
	ref: 'PHO-04',
	family: 'photos',
	reads: ['groupActivitiesAudience'],
	severity: severityFor('medium', 'high'),
	judge: ({groupActivitiesAudience: {value}}) => (value === 'public' ? risk('everyone', {reach: 'public'}) : ok),
	fixes: {strava: stravaFix('M')},
	examples: {risky: [{groupActivitiesAudience: known('public')}], ok: [{groupActivitiesAudience: known('friends')}, {groupActivitiesAudience: known('only-me')}]},
});
