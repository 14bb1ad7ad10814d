import {known} from '../model/observed.js';
import {severityFor} from '../model/severity.js';
import {defineRule, ok, risk} from './define-rule.js';
import {instagramFix} from './fix-steps.js';

// PHO-01 for Instagram: the account is public. No Instagram page read here shows location
// settings, so the adult "High if a LOC/GEO rule fires" step does not apply.
export default defineRule({
	id: 'instagram-public-account',
	ref: 'PHO-01',
	family: 'photos',
	reads: ['accountPrivate'],
	severity: severityFor('medium', 'critical', 'high'),
	title: 'Your Instagram account is public',
	why: 'Public profiles are copied and used by scammers and by people who target teens: social media was the start of $2.7 billion in reported scam losses from 2021 to mid-2023 (FTC, 2023), and Instagram makes teen accounts private by default (Meta Teen Accounts, 2024).',
	okText: 'Your account is private: only followers you approve see your posts.',
	judge: ({accountPrivate}) => (accountPrivate.value ? ok : risk('Anyone, even without an Instagram account, can see your profile and posts')),
	fixes: {instagram: instagramFix('account-privacy', [
		'Open More (☰) › Settings.',
		'Open "Account privacy".',
		'Turn on "Private account", then choose "Switch to private account".',
	], '2026-01', 'M')},
	examples: {risky: [{accountPrivate: known(false)}], ok: [{accountPrivate: known(true)}]},
});
