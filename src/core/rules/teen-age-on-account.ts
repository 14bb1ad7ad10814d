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
	title: 'Talk it over: TikTok treats this account as an adult\'s',
	why: 'TikTok\'s teen protections (private by default under 16, no direct messages under 16, downloads off) depend on the birthdate on the account (TikTok, 2021); an account whose age says 18 or over gets none of them.',
	okText: 'TikTok treats the account as a teen\'s, so its teen protections apply.',
	judge: ({accountUnder18}) => (accountUnder18.value ? ok
		: risk('TikTok does not treat this account as under 18: if the account holder is a teen, its teen protections are off')),
	fixes: {tiktok: tiktokFix('profile', [
		'Check together which birthdate the account was made with.',
		'If it is wrong, ask TikTok to correct it (in the app: Profile › ☰ › Settings and privacy › Report a problem), or make a new account with the right birthdate.',
	], 'L')},
	examples: {risky: [{accountUnder18: known(false)}], ok: [{accountUnder18: known(true)}]},
});
