import {audienceLabel, isAtLeast} from '../model/audience.js';
import {severityFor} from '../model/severity.js';
import {defineRule, ok, risk} from './define-rule.js';
import {exposedTo, notSet, shownTo} from './exposed-to.js';
import {bioFixes} from './fix-steps.js';

// CON-02 for the bio: beyond your connections.
export default defineRule({
	id: 'bio-email',
	ref: 'CON-02 (bio)',
	family: 'contact',
	reads: ['bioEmail'],
	severity: severityFor('medium', 'high'),
	title: 'Your bio shows an email address',
	why: 'A visible email address feeds phishing and account-recovery attacks, and lets people look up your other accounts by it (Twitter, August 2022).',
	okText: 'Your bio has no email address in it, or only your connections see it.',
	judge: ({bioEmail}) => {
		const audience = exposedTo(bioEmail);
		return audience && isAtLeast(audience, 'friends-of-friends') ? risk(`Your bio shows an email address to ${audienceLabel[audience]}`, undefined, audience) : ok;
	},
	fixes: bioFixes('the email address'),
	examples: {risky: [{bioEmail: shownTo('public')}], ok: [{bioEmail: notSet}, {bioEmail: shownTo('friends')}]},
});
