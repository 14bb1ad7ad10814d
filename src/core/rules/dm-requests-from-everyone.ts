import {known} from '../model/observed.js';
import {severityFor} from '../model/severity.js';
import {defineRule, ok, risk} from './define-rule.js';
import {xFix} from './fix-steps.js';

export default defineRule({
	id: 'dm-requests-from-everyone',
	ref: 'INT-01',
	family: 'interaction',
	reads: ['messageRequestsFrom'],
	context: ['postsProtected'],
	severity: severityFor('low', 'critical'),
	title: 'Strangers on X can send you message requests',
	why: 'Unsolicited messages are how scams and sextortion start: reports of financial sextortion of minors rose 20% in a year (FBI, 2024).',
	okText: 'Only people you follow can message you.',
	judge({messageRequestsFrom: from}, context) {
		if (from.value === 'no-one') {
			return ok;
		}

		// Anyone can buy a verification badge, so "Verified users" still lets strangers in, if fewer.
		if (from.value === 'verified') {
			return risk('Any verified account can send you message requests', severityFor('low', 'high'));
		}

		// INT-01 is Medium for adults when the account is public too.
		return risk('Anyone can send you message requests', context.postsProtected?.value === false ? severityFor('medium', 'critical') : undefined);
	},
	fixes: {x: xFix('settings-direct-messages', ['Direct Messages'], 'At "Allow message requests from:", choose "No one".')},
	examples: {risky: [{messageRequestsFrom: known('everyone')}, {messageRequestsFrom: known('verified')}], ok: [{messageRequestsFrom: known('no-one')}]},
});
