import {isAtLeast} from '../model/audience.js';
import {known} from '../model/observed.js';
import {severityFor} from '../model/severity.js';
import {defineRule, ok, risk} from './define-rule.js';
import {tiktokFix, tiktokWebSteps} from './fix-steps.js';

// PHO-05, Duet and Stitch: either open to everyone lets strangers reuse your videos in their own.
export default defineRule({
	id: 'remix-by-everyone',
	ref: 'PHO-05',
	family: 'photos',
	reads: ['duetAudience', 'stitchAudience'],
	severity: severityFor('low', 'high'),
	title: 'Anyone can Duet or Stitch your TikTok videos',
	why: 'Duets and Stitches put your video inside a stranger\'s post, where it spreads beyond your control, and TikTok turns them off for 13–15-year-olds and limits them to Friends for 16–17-year-olds (TikTok, 2021).',
	okText: 'Only friends (or no one) can Duet or Stitch your videos.',
	judge({duetAudience: duet, stitchAudience: stitch}) {
		const open = [isAtLeast(duet.value, 'friends-of-friends') ? 'Duet' : '', isAtLeast(stitch.value, 'friends-of-friends') ? 'Stitch' : ''].filter(Boolean);
		return open.length > 0 ? risk(`Anyone can ${open.join(' and ')} your videos`) : ok;
	},
	fixes: {tiktok: tiktokFix('settings-privacy', [
		...tiktokWebSteps('Duet', 'Select it and choose "Friends".'),
		'Stitch is set in the TikTok app: Profile › ☰ › Settings and privacy › Privacy › Stitch › "Friends" or "Only you".',
	])},
	examples: {
		risky: [{duetAudience: known('public'), stitchAudience: known('only-me')}, {duetAudience: known('friends'), stitchAudience: known('public')}],
		ok: [{duetAudience: known('friends'), stitchAudience: known('only-me')}],
	},
});
