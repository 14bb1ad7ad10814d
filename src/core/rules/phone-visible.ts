import {audienceLabel} from '../model/audience.js';
import {severityFor} from '../model/severity.js';
import {defineRule, ok, risk} from './define-rule.js';
import {exposedTo, notSet, shownTo} from './exposed-to.js';
import {facebookFixes, linkedinContactFix} from './fix-steps.js';

export default defineRule({
	id: 'phone-visible',
	ref: 'CON-01',
	family: 'contact',
	reads: ['phone'],
	severity: severityFor('high', 'critical'),
	title: 'Your phone number is on your profile',
	why: 'A visible number invites scam calls, phishing texts and SIM-swap attempts; scraped Facebook data tied 533 million phone numbers to profiles (Facebook, April 2021).',
	okText: 'Your phone number is visible only to you, or not on your profile.',
	judge: ({phone}) => {
		const audience = exposedTo(phone);
		return audience ? risk(`Your phone number is visible to ${audienceLabel[audience]}`, undefined, audience) : ok;
	},
	fixes: {facebook: facebookFixes.contact('Mobile'), linkedin: linkedinContactFix('Delete the phone number.')},
	examples: {
		risky: [{phone: shownTo('friends')}, {phone: shownTo('custom')}],
		ok: [{phone: shownTo('only-me')}, {phone: notSet}],
	},
});
