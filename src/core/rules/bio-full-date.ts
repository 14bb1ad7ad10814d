import {severityFor} from '../model/severity.js';
import {defineRule, ok, riskTo} from './define-rule.js';
import {exposedTo, notSet, shownTo} from './exposed-to.js';
import {bioFixes} from './fix-steps.js';

// BD-05: a date with its year in the bio. Overshare cannot tell a birthday from another date, and says so.
export default defineRule({
	id: 'bio-full-date',
	ref: 'BD-05',
	family: 'birthdate',
	reads: ['bioFullDate'],
	severity: severityFor('medium', 'high'),
	judge: ({bioFullDate}) => {
		const audience = exposedTo(bioFullDate);
		return audience ? riskTo('shown', audience) : ok;
	},
	fixes: bioFixes,
	examples: {risky: [{bioFullDate: shownTo('public')}], ok: [{bioFullDate: notSet}, {bioFullDate: shownTo('only-me')}]},
});
