import {audienceLabel, isAtLeast} from '../model/audience.js';
import {severityFor} from '../model/severity.js';
import {defineRule, ok, risk} from './define-rule.js';
import {exposedTo, notSet, shownTo} from './exposed-to.js';
import {facebookFixes, linkedinFix} from './fix-steps.js';

export default defineRule({
	id: 'email-visible',
	ref: 'CON-02',
	family: 'contact',
	reads: ['email'],
	severity: severityFor('medium', 'high'),
	title: 'Your email address is visible beyond your friends',
	why: 'A visible email address feeds phishing and account-recovery attacks, and links your accounts across sites.',
	okText: 'Your email address is visible only to friends or fewer.',
	judge: ({email}) => {
		const audience = exposedTo(email);
		return audience && isAtLeast(audience, 'friends-of-friends') ? risk(`Your email address is visible to ${audienceLabel[audience]}`, undefined, audience) : ok;
	},
	fixes: {facebook: facebookFixes.contact('Email'), linkedin: linkedinFix('visibility-settings', ['Visibility', 'Who can see or download your email address'],
		'Choose "Only visible to me" or "1st-degree connections", and turn off the switch that lets connections export your email address.')},
	examples: {
		risky: [{email: shownTo('public')}, {email: shownTo('friends-of-friends')}],
		ok: [{email: shownTo('friends')}, {email: notSet}],
	},
});
