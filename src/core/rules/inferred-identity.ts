import {known} from '../model/observed.js';
import {severityFor} from '../model/severity.js';
import {defineRule, ok, risk} from './define-rule.js';
import {xFix} from './fix-steps.js';

// TP-02 (off-platform activity linked): X's "Inferred identity" (`/settings/off_twitter_activity`,
// platform-pages.md §1.1–1.2, H, 2025-07) ties the browsers and devices X thinks are yours to your
// account; on by default (risks-and-settings.md (b) X, M).
export default defineRule({
	id: 'inferred-identity',
	ref: 'TP-02',
	family: 'third-party',
	reads: ['inferredIdentity'],
	severity: severityFor('medium', 'medium'),
	title: 'X links browsers and devices it thinks are yours to your account',
	why: 'Activity on devices and browsers you never signed in with is joined to your profile for personalization and ads; X paid $150 million for reusing contact data given for security to target ads (FTC and DOJ, 2022).',
	okText: 'X does not personalize based on your inferred identity.',
	judge: ({inferredIdentity}) => (inferredIdentity.value ? risk('"Personalize based on your inferred identity" is on') : ok),
	fixes: {x: xFix('settings-inferred-identity', ['Data sharing and personalization', 'Inferred identity'], 'Turn off "Personalize based on your inferred identity".')},
	examples: {risky: [{inferredIdentity: known(true)}], ok: [{inferredIdentity: known(false)}]},
});
