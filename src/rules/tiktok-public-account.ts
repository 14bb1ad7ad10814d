import {known} from '../model/observed.js';
import {severityFor} from '../model/severity.js';
import {tiktokPrivateAccount} from '../questions/tiktok.js';
import {defineRule, ok, risk} from './define-rule.js';
import {appFix} from './fix-steps.js';

// PHO-01 for TikTok, from the user's answer about the app.
export default defineRule({
	id: 'tiktok-public-account',
	ref: 'PHO-01',
	family: 'photos',
	reads: ['tiktokApp.privateAccount'],
	severity: severityFor('medium', 'critical', 'high'),
	title: 'Your TikTok account is public',
	why: 'Public videos are copied and used by scammers and by people who target teens: social media was the start of $2.7 billion in reported scam losses from 2021 to mid-2023 (FTC, 2023), and TikTok makes under-16 accounts private by default (TikTok, 2021).',
	okText: 'Your account is private: only followers you approve see your videos.',
	judge: values => (values['tiktokApp.privateAccount'].value ? ok : risk('Anyone can see your TikTok profile and videos')),
	fixes: {tiktok: appFix('TikTok', tiktokPrivateAccount, 'Turn on "Private account".')},
	examples: {risky: [{'tiktokApp.privateAccount': known(false)}], ok: [{'tiktokApp.privateAccount': known(true)}]},
});
