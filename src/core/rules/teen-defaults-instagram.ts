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
	title: 'Talk it over: this Instagram account is public, though teen accounts start private',
	why: 'Instagram Teen Accounts are private by default and under-16s need a parent to loosen that (Meta, September 2024); a public teen account means that was agreed, or that the account\'s age says 18 or over, which switches every teen protection off.',
	okText: 'The account is private, as Instagram Teen Accounts start.',
	judge: ({accountPrivate}, {birthdayOnAccount}) => (accountPrivate.value ? ok
		: birthdayOnAccount?.value === true
			? risk('Was opening it agreed together? If not, check the birthday in Accounts Center › Personal details: if it says 18 or over, teen protections are off')
			: risk('Was opening it agreed together? If not, check the birthday on the account: if it says 18 or over, teen protections are off')),
	fixes: {instagram: instagramFix('account-privacy', [
		'Decide together whether the account should be public.',
		'To make it private: More (☰) › Settings › "Account privacy", turn on "Private account".',
		'If the age is wrong, correct the birthday in Accounts Center › Personal details.',
	], '2026-01', 'M')},
	examples: {risky: [{accountPrivate: known(false)}], ok: [{accountPrivate: known(true)}]},
});
