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
	title: 'Strangers on TikTok can send you direct messages',
	why: 'Unsolicited messages are how scams and sextortion start: reports of financial sextortion of minors rose 20% in a year (FBI, 2024), and TikTok turns direct messages off for 13–15s and to "No one" for 16–17s (TikTok, 2021).',
	okText: 'Only friends, or no one, can message you.',
	judge(values, context) {
		const from = values['tiktokApp.directMessages'].value;
		if (from === 'friends' || from === 'no-one') {
			return ok;
		}

		// "Suggested friends" are people TikTok guesses you know, not people you accepted.
		if (from === 'suggested-friends') {
			return risk('People TikTok suggests to you can send you direct messages', severityFor('low', 'high'));
		}

		// INT-01 is Medium for adults when the account is public too.
		return risk('Anyone on TikTok can send you direct messages', context.accountPrivate?.value === false ? severityFor('medium', 'critical') : undefined);
	},
	fixes: {tiktok: appFix('TikTok', tiktokDirectMessages, 'Choose "Friends" or "No one".')},
	examples: {
		risky: [{'tiktokApp.directMessages': known('everyone')}, {'tiktokApp.directMessages': known('suggested-friends')}],
		ok: [{'tiktokApp.directMessages': known('friends')}, {'tiktokApp.directMessages': known('no-one')}],
	},
});
