import {known} from '../model/observed.js';
import {severityFor} from '../model/severity.js';
import {defineRule, ok, risk} from './define-rule.js';
import {instagramFix} from './fix-steps.js';

// CON-06 for Instagram: "Show account suggestions on profiles" also lets your account be
// suggested on other profiles (its help text, platform-pages-2.md §2.3).
export default defineRule({
	id: 'account-suggestions-on',
	ref: 'CON-06',
	family: 'contact',
	reads: ['accountSuggestions'],
	severity: severityFor('low', 'high'),
	title: 'Instagram suggests your account to strangers',
	why: 'Suggestion engines show a profile to strangers through mutual connections, and Instagram and Snapchat were the most common platforms in online-enticement and sextortion reports to NCMEC (NCMEC, 2023).',
	okText: 'Your account is not suggested on other people\'s profiles.',
	judge: ({accountSuggestions}) => (accountSuggestions.value ? risk('Your account can be suggested on other people\'s profiles') : ok),
	fixes: {instagram: instagramFix('edit-profile', [
		'Open your profile and choose "Edit profile".',
		'Turn off "Show account suggestions on profiles".',
		'If a "Submit" button is active, select it.',
	], '2026-02', 'M')},
	examples: {risky: [{accountSuggestions: known(true)}], ok: [{accountSuggestions: known(false)}]},
});
