import {isAtLeast} from '../model/audience.js';
import {severityFor} from '../model/severity.js';
import {defineRule, ok, riskTo} from './define-rule.js';
import {exposedTo, notSet, shownTo} from './exposed-to.js';
import {bioFixes} from './fix-steps.js';

// CON-02 for the bio: beyond your connections.
export default defineRule({
	id: 'bio-email',
	ref: 'CON-02 (bio)',
	family: 'contact',
	reads: ['bioEmail'],
	severity: severityFor('medium', 'high'),
	judge: ({bioEmail}) => {
		const audience = exposedTo(bioEmail);
		return audience && isAtLeast(audience, 'friends-of-friends') ? riskTo('shown', audience) : ok;
	},
	fixes: bioFixes,
	examples: {risky: [{bioEmail: shownTo('public')}], ok: [{bioEmail: notSet}, {bioEmail: shownTo('friends')}]},
});
