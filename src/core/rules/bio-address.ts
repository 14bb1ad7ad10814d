import {audienceLabel} from '../model/audience.js';
import {severityFor} from '../model/severity.js';
import {defineRule, ok, risk} from './define-rule.js';
import {exposedTo, notSet, shownTo} from './exposed-to.js';
import {bioFixes} from './fix-steps.js';

// LOC-01 names the bio as well as the profile field.
export default defineRule({
	id: 'bio-address',
	ref: 'LOC-01 (bio)',
	family: 'location',
	reads: ['bioAddress'],
	severity: severityFor('critical', 'critical'),
	title: 'Your bio looks like it shows a street address',
	why: 'A home address lets someone turn online contact into stalking or a burglary; 7–8% of social network users posted one (Consumer Reports, 2010).',
	okText: 'Your bio has nothing that looks like a street address.',
	judge: ({bioAddress}) => {
		const audience = exposedTo(bioAddress);
		return audience ? risk(`Your bio shows what looks like a street address to ${audienceLabel[audience]}`, undefined, audience) : ok;
	},
	fixes: bioFixes('the address'),
	examples: {risky: [{bioAddress: shownTo('public')}], ok: [{bioAddress: notSet}]},
});
