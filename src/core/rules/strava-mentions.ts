import {known} from '../model/observed.js';
import {severityFor} from '../model/severity.js';
import {defineRule, ok, risk} from './define-rule.js';
import {stravaFix} from './fix-steps.js';

// INT-04 on Strava: anyone can mention you. The control exists (§1.2) but its options are unknown
// (L): read only where the page's wording is one we expect, else "couldn't check".
export default defineRule({
	id: 'strava-mentions',
	ref: 'INT-04',
	family: 'interaction',
	reads: ['mentionsAudience'],
	severity: severityFor('low', 'medium'),
	judge: ({mentionsAudience: {value}}) => (value === 'public' ? risk('everyone') : ok),
	fixes: {strava: stravaFix('L')},
	examples: {risky: [{mentionsAudience: known('public')}], ok: [{mentionsAudience: known('friends')}, {mentionsAudience: known('only-me')}]},
});
