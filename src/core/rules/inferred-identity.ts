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
	judge: ({inferredIdentity}) => (inferredIdentity.value ? risk('on') : ok),
	fixes: {x: xFix('settings-inferred-identity')},
	examples: {risky: [{inferredIdentity: known(true)}], ok: [{inferredIdentity: known(false)}]},
});
