import {severityFor} from '../model/severity.js';
import {defineRule, ok, riskTo} from './define-rule.js';
import {exposedTo, notSet, shownTo} from './exposed-to.js';
import {facebookFixes, googleAboutMeFix, linkedinContactFix} from './fix-steps.js';

export default defineRule({
	id: 'address-visible',
	ref: 'LOC-01',
	family: 'location',
	reads: ['address'],
	severity: severityFor('critical', 'critical'),
	judge: ({address}) => {
		const audience = exposedTo(address);
		return audience ? riskTo('visible', audience) : ok;
	},
	fixes: {facebook: facebookFixes.contact, linkedin: linkedinContactFix(), google: googleAboutMeFix},
	examples: {
		risky: [{address: shownTo('friends')}, {address: shownTo('public')}],
		ok: [{address: notSet}, {address: shownTo('only-me')}],
	},
});
