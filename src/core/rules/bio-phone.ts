import {audienceLabel} from '../model/audience.js';
import {severityFor} from '../model/severity.js';
import {defineRule, ok, risk} from './define-rule.js';
import {exposedTo, notSet, shownTo} from './exposed-to.js';
import {bioFixes} from './fix-steps.js';

// CON-01 for the bio: a number typed into the bio undoes the profile's phone setting.
export default defineRule({
	id: 'bio-phone',
	ref: 'CON-01 (bio)',
	family: 'contact',
	reads: ['bioPhone'],
	severity: severityFor('high', 'critical'),
	title: 'Your bio shows a phone number',
	why: 'A visible number invites scam calls, phishing texts and SIM-swap attempts, and lets people find your other accounts by it; scraped Facebook data tied 533 million phone numbers to profiles (Facebook, April 2021).',
	okText: 'Your bio has no phone number in it.',
	judge: ({bioPhone}) => {
		const audience = exposedTo(bioPhone);
		return audience ? risk(`Your bio shows a phone number to ${audienceLabel[audience]}`, undefined, audience) : ok;
	},
	fixes: bioFixes('the phone number'),
	examples: {risky: [{bioPhone: shownTo('public')}, {bioPhone: shownTo('friends')}], ok: [{bioPhone: notSet}]},
});
