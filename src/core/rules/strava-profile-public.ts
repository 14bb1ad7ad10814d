import {known} from '../model/observed.js';
import {severityFor} from '../model/severity.js';
import {defineRule, ok, risk} from './define-rule.js';
import {stravaFix} from './fix-steps.js';

// CON-05: with Profile Page "Everyone", the profile shows in search engine results and to anyone
// logged out (Strava community hub and help 115000164850, M); under-18 accounts start at Followers (H).
export default defineRule({
	id: 'strava-profile-public',
	ref: 'CON-05',
	family: 'contact',
	reads: ['profilePageAudience'],
	severity: severityFor('low', 'high'),
	judge: ({profilePageAudience: {value}}) => (value === 'public' ? risk('everyone', {reach: 'public'}) : ok),
	fixes: {strava: stravaFix('H')},
	examples: {risky: [{profilePageAudience: known('public')}], ok: [{profilePageAudience: known('friends')}]},
});
