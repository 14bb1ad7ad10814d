import {known} from '../model/observed.js';
import {severityFor} from '../model/severity.js';
import {defineRule, ok, risk} from './define-rule.js';
import {tiktokFix} from './fix-steps.js';

// SUP-01: every platform's teen protections hang on the age the account states. TikTok's own page
// data says whether it treats the account as under 18 (`isUnderAge18`, platform-pages.md §4.2, H for
// the key; its meaning is read from the name, M). On a teen's check, "not under 18" means TikTok's
// teen defaults (private under 16, no DMs under 16, downloads off) do not apply. A prompt, never a score.
export default defineRule({
	id: 'teen-age-on-account',
	ref: 'SUP-01',
	family: 'supervision',
	reads: ['accountUnder18'],
	severity: severityFor('info', 'critical'),
	profiles: ['teen13', 'teen16'],
	prompt: true,
	judge: ({accountUnder18}) => (accountUnder18.value ? ok
		: risk('adult')),
	fixes: {tiktok: tiktokFix('profile', 'L')},
	examples: {risky: [{accountUnder18: known(false)}], ok: [{accountUnder18: known(true)}]},
});
