import {known} from '../model/observed.js';
import {severityFor} from '../model/severity.js';
import {defineRule, ok, risk} from './define-rule.js';
import {instagramFix, tiktokFix, tiktokWebSteps} from './fix-steps.js';

// PHO-01 for accounts that are either public or private as a whole (Instagram, TikTok). No page read
// on these sites shows location settings, so the adult "High if a LOC/GEO rule fires" step does not apply.
// (Was `instagram-public-account` until TikTok joined: same field, same meaning.)
export default defineRule({
	id: 'public-account',
	ref: 'PHO-01',
	family: 'photos',
	reads: ['accountPrivate'],
	severity: severityFor('medium', 'critical', 'high'),
	title: 'Your account is public',
	why: 'Public profiles are copied and used by scammers and by people who target teens: social media was the start of $2.7 billion in reported scam losses from 2021 to mid-2023 (FTC, 2023), and Instagram and TikTok make younger teens\' accounts private by default (Meta Teen Accounts, 2024; TikTok, 2021).',
	okText: 'Your account is private: only followers you approve see your posts.',
	judge: ({accountPrivate}) => (accountPrivate.value ? ok : risk('Anyone, even without an account, can see your profile and posts')),
	fixes: {
		instagram: instagramFix('account-privacy', [
			'Open More (☰) › Settings.',
			'Open "Account privacy".',
			'Turn on "Private account", then choose "Switch to private account".',
		], '2026-01', 'M'),
		tiktok: tiktokFix('settings-privacy', tiktokWebSteps('Private account', 'Turn it on (it saves at once).')),
	},
	examples: {risky: [{accountPrivate: known(false)}], ok: [{accountPrivate: known(true)}]},
});
