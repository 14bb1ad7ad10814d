import {known} from '../model/observed.js';
import {severityFor} from '../model/severity.js';
import {defineRule, ok, risk} from './define-rule.js';
import {redditFix, xFix} from './fix-steps.js';

export default defineRule({
	id: 'dm-requests-from-everyone',
	ref: 'INT-01',
	family: 'interaction',
	reads: ['messageRequestsFrom'],
	context: ['postsProtected'],
	severity: severityFor('low', 'critical'),
	judge({messageRequestsFrom: from}, context) {
		if (from.value === 'no-one') {
			return ok;
		}

		// Anyone can buy a verification badge, so "Verified users" still lets strangers in, if fewer.
		if (from.value === 'verified') {
			return risk('verified', {severity: severityFor('low', 'high')});
		}

		// INT-01 is Medium for adults when the account is public too.
		return context.postsProtected?.value === false ? risk('anyone', {severity: severityFor('medium', 'critical')}) : risk('anyone');
	},
	fixes: {x: xFix('settings-direct-messages'), reddit: redditFix('settings-privacy', 'M', '2023-09')},
	examples: {risky: [{messageRequestsFrom: known('everyone')}, {messageRequestsFrom: known('verified')}], ok: [{messageRequestsFrom: known('no-one')}]},
});
