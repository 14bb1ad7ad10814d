import {known} from '../model/observed.js';
import {severityFor} from '../model/severity.js';
import {tiktokDirectMessages} from '../questions/tiktok.js';
import {defineRule, ok, risk} from './define-rule.js';
import {appFix} from './fix-steps.js';

export default defineRule({
	id: 'tiktok-dms-from-everyone',
	ref: 'INT-01',
	family: 'interaction',
	reads: ['tiktokApp.directMessages'],
	context: ['accountPrivate'],
	severity: severityFor('low', 'critical'),
	judge(values, context) {
		const from = values['tiktokApp.directMessages'].value;
		if (from === 'friends' || from === 'no-one') {
			return ok;
		}

		// "Suggested friends" are people TikTok guesses you know, not people you accepted.
		if (from === 'suggested-friends') {
			return risk('suggested', {severity: severityFor('low', 'high')});
		}

		// INT-01 is Medium for adults when the account is public too.
		return context.accountPrivate?.value === false ? risk('anyone', {severity: severityFor('medium', 'critical')}) : risk('anyone');
	},
	fixes: {tiktok: appFix(tiktokDirectMessages)},
	examples: {
		risky: [{'tiktokApp.directMessages': known('everyone')}, {'tiktokApp.directMessages': known('suggested-friends')}],
		ok: [{'tiktokApp.directMessages': known('friends')}, {'tiktokApp.directMessages': known('no-one')}],
	},
});
