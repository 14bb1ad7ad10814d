import {severityFor} from '../model/severity.js';
import {defineRule, ok, riskTo} from './define-rule.js';
import {exposedTo, notSet, shownTo} from './exposed-to.js';
import {facebookFixes, googleAboutMeFix, linkedinContactFix} from './fix-steps.js';

export default defineRule({
	id: 'phone-visible',
	ref: 'CON-01',
	family: 'contact',
	reads: ['phone'],
	severity: severityFor('high', 'critical'),
	judge: ({phone}) => {
		const audience = exposedTo(phone);
		return audience ? riskTo('visible', audience) : ok;
	},
	fixes: {facebook: facebookFixes.contact, linkedin: linkedinContactFix(), google: googleAboutMeFix},
	examples: {
		risky: [{phone: shownTo('friends')}, {phone: shownTo('custom')}],
		ok: [{phone: shownTo('only-me')}, {phone: notSet}],
	},
});
