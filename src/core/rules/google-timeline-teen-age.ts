import {known} from '../model/observed.js';
import {severityFor} from '../model/severity.js';
import {defineRule, ok, risk} from './define-rule.js';
import {googleFix} from './fix-steps.js';

// SUP-01 through GEO-04: since August 2021 Google keeps Location History (Timeline) off for under-18s
// and does not let them turn it on (risks-and-settings.md (b) Google and E23, H). On a teen's check,
// Timeline on means the account's age says 18 or over, so none of Google's teen protections apply.
// A prompt, never a score.
export default defineRule({
	id: 'google-timeline-teen-age',
	ref: 'SUP-01 (GEO-04)',
	family: 'supervision',
	reads: ['locationHistory'],
	severity: severityFor('info', 'critical'),
	profiles: ['teen13', 'teen16'],
	prompt: true,
	judge: ({locationHistory}) => (locationHistory.value ? risk('adult') : ok),
	fixes: {google: googleFix('activity-location', '2024-12', 'M')},
	examples: {risky: [{locationHistory: known(true)}], ok: [{locationHistory: known(false)}]},
});
