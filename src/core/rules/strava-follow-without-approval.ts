import {known} from '../model/observed.js';
import {severityFor} from '../model/severity.js';
import {defineRule, ok, risk} from './define-rule.js';
import {stravaFix} from './fix-steps.js';

// INT-02: with Profile Page "Everyone", any Strava athlete can follow you without your approval
// (Strava help 115000164850, M), and followers see everything set to "Followers".
export default defineRule({
	id: 'strava-follow-without-approval',
	ref: 'INT-02',
	family: 'interaction',
	reads: ['profilePageAudience'],
	severity: severityFor('low', 'high'),
	judge: ({profilePageAudience: {value}}) => (value === 'public' ? risk('anyone') : ok),
	fixes: {strava: stravaFix('M')},
	examples: {risky: [{profilePageAudience: known('public')}], ok: [{profilePageAudience: known('friends')}]},
});
