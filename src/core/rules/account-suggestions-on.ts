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
	judge: ({accountSuggestions}) => (accountSuggestions.value ? risk('on') : ok),
	fixes: {instagram: instagramFix('edit-profile', '2026-02', 'M')},
	examples: {risky: [{accountSuggestions: known(true)}], ok: [{accountSuggestions: known(false)}]},
});
