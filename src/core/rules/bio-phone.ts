import {severityFor} from '../model/severity.js';
import {defineRule, ok, riskTo} from './define-rule.js';
import {exposedTo, notSet, shownTo} from './exposed-to.js';
import {bioFixes} from './fix-steps.js';

// CON-01 for the bio: a number typed into the bio undoes the profile's phone setting.
export default defineRule({
	id: 'bio-phone',
	ref: 'CON-01 (bio)',
	family: 'contact',
	reads: ['bioPhone'],
	severity: severityFor('high', 'critical'),
	judge: ({bioPhone}) => {
		const audience = exposedTo(bioPhone);
		return audience ? riskTo('shown', audience) : ok;
	},
	fixes: bioFixes,
	examples: {risky: [{bioPhone: shownTo('public')}, {bioPhone: shownTo('friends')}], ok: [{bioPhone: notSet}]},
});
