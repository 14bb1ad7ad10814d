import {known} from '../model/observed.js';
import {severityFor} from '../model/severity.js';
import {defineRule, ok, risk} from './define-rule.js';
import {tiktokAppSteps, tiktokFix} from './fix-steps.js';

// PHO-05, downloads: the web settings do not show this row (platform-pages-2.md §6), so the fix is
// in the app and the profile re-checks it (downloadSetting, §3.4).
export default defineRule({
	id: 'downloads-allowed',
	ref: 'PHO-05',
	family: 'photos',
	reads: ['downloadsAllowed'],
	severity: severityFor('low', 'high'),
	title: 'Anyone can download your TikTok videos',
	why: 'A downloaded copy outlives your deleting the video and can be reposted or misused, which is why TikTok does not allow downloads of 13–15-year-olds\' videos and turns them off by default for 16–17-year-olds (TikTok, 2021).',
	okText: 'Others cannot download your videos.',
	judge: ({downloadsAllowed}) => (downloadsAllowed.value ? risk('Anyone who can see your videos can download them') : ok),
	fixes: {tiktok: tiktokFix('profile', tiktokAppSteps('Downloads', 'Turn off "Video downloads".'))},
	examples: {risky: [{downloadsAllowed: known(true)}], ok: [{downloadsAllowed: known(false)}]},
});
