import {known} from '../model/observed.js';
import {severityFor} from '../model/severity.js';
import {tiktokSuggestAccount} from '../questions/tiktok.js';
import {defineRule, ok, risk} from './define-rule.js';
import {appFix} from './fix-steps.js';

export default defineRule({
	id: 'tiktok-suggests-account',
	ref: 'CON-06',
	family: 'contact',
	reads: ['tiktokApp.suggestAccount'],
	severity: severityFor('low', 'high'),
	title: 'TikTok suggests your account to other people',
	why: 'Suggestions push your profile to strangers who share contacts or connections with you; NCMEC counted over 186,000 online-enticement reports in 2023, up more than 300% from 2021 (NCMEC, 2024).',
	okText: 'TikTok does not suggest your account to others.',
	judge: values => (values['tiktokApp.suggestAccount'].value ? risk('"Suggest your account to others" is on for at least one group') : ok),
	fixes: {tiktok: appFix('TikTok', tiktokSuggestAccount, 'Turn off every switch.')},
	examples: {risky: [{'tiktokApp.suggestAccount': known(true)}], ok: [{'tiktokApp.suggestAccount': known(false)}]},
});
