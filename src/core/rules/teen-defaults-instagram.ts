import {known} from '../model/observed.js';
import {severityFor} from '../model/severity.js';
import {defineRule, ok, risk} from './define-rule.js';
import {instagramFix} from './fix-steps.js';

// SUP-02, with SUP-01 as the other explanation: a teen's Instagram is public although Teen Accounts
// start private (risks-and-settings.md (b) Instagram, H). A prompt for a talk, never a score.
export default defineRule({
	id: 'teen-defaults-instagram',
	ref: 'SUP-02, SUP-01',
	family: 'supervision',
	reads: ['accountPrivate'],
	// Read in Accounts Center › Personal details (presence only, never the date).
	context: ['birthdayOnAccount'],
	severity: severityFor('info', 'high'),
	profiles: ['teen13', 'teen16'],
	prompt: true,
	judge: ({accountPrivate}, {birthdayOnAccount}) => (accountPrivate.value ? ok
		: birthdayOnAccount?.value === true
			? risk('public-birthday-on-account')
			: risk('public')),
	fixes: {instagram: instagramFix('account-privacy', '2026-01', 'M')},
	examples: {risky: [{accountPrivate: known(false)}], ok: [{accountPrivate: known(true)}]},
});
