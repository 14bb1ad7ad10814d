import {severityFor} from '../model/severity.js';
import {defineRule, ok, riskTo} from './define-rule.js';
import {exposedTo, notSet, shownTo} from './exposed-to.js';
import {bioFixes} from './fix-steps.js';

// LOC-01 names the bio as well as the profile field.
export default defineRule({
	id: 'bio-address',
	ref: 'LOC-01 (bio)',
	family: 'location',
	reads: ['bioAddress'],
	severity: severityFor('critical', 'critical'),
	judge: ({bioAddress}) => {
		const audience = exposedTo(bioAddress);
		return audience ? riskTo('shown', audience) : ok;
	},
	fixes: bioFixes,
	examples: {risky: [{bioAddress: shownTo('public')}], ok: [{bioAddress: notSet}]},
});
