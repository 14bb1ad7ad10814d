import {known} from '../model/observed.js';
import {severityFor} from '../model/severity.js';
import {defineRule, ok, risk} from './define-rule.js';
import {stravaFix} from './fix-steps.js';

// GEO-05 for Local Legends: shown to everyone as the athlete who did a segment most often lately,
// which names a route you repeat, often near home (§1.5, L). "No One" is the under-18 default (M);
// the other options are a guess (L), so only "Everyone" is flagged.
export default defineRule({
	id: 'strava-local-legends',
	ref: 'GEO-05',
	family: 'geolocation',
	reads: ['localLegendsAudience'],
	severity: severityFor('low', 'high'),
	judge: ({localLegendsAudience: {value}}) => (value === 'public' ? risk('everyone', {reach: 'public'}) : ok),
	fixes: {strava: stravaFix('L')},
	examples: {risky: [{localLegendsAudience: known('public')}], ok: [{localLegendsAudience: known('only-me')}]},
});
