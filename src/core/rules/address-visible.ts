import {audienceLabel} from '../model/audience.js';
import {severityFor} from '../model/severity.js';
import {defineRule, ok, risk} from './define-rule.js';
import {exposedTo, notSet, shownTo} from './exposed-to.js';
import {facebookFixes, linkedinContactFix} from './fix-steps.js';

export default defineRule({
	id: 'address-visible',
	ref: 'LOC-01',
	family: 'location',
	reads: ['address'],
	severity: severityFor('critical', 'critical'),
	title: 'Your home address is on your profile',
	why: 'A home address turns online contact into a doorstep visit; 7% of adult social-network users had posted theirs (Consumer Reports, State of the Net 2010).',
	okText: 'No home address is visible on your profile.',
	judge: ({address}) => {
		const audience = exposedTo(address);
		return audience ? risk(`Your home address is visible to ${audienceLabel[audience]}`, undefined, audience) : ok;
	},
	fixes: {facebook: {...facebookFixes.contact('Address'), steps: [...facebookFixes.contact('Address').steps.slice(0, 2), 'Next to your address, choose Edit › Delete (or set the audience to "Only me").']},
		linkedin: linkedinContactFix('Delete the address.')},
	examples: {
		risky: [{address: shownTo('friends')}, {address: shownTo('public')}],
		ok: [{address: notSet}, {address: shownTo('only-me')}],
	},
});
