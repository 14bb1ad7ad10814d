import {known} from '../model/observed.js';
import {severityFor} from '../model/severity.js';
import {defineRule, ok, risk} from './define-rule.js';
import {instagramFix, tiktokFix} from './fix-steps.js';

// PHO-01 for accounts that are either public or private as a whole (Instagram, TikTok). No page read
// on these sites shows location settings, so the adult "High if a LOC/GEO rule fires" step does not apply.
// (Was `instagram-public-account` until TikTok joined: same field, same meaning.)
export default defineRule({
	id: 'public-account',
	ref: 'PHO-01',
	family: 'photos',
	reads: ['accountPrivate'],
	severity: severityFor('medium', 'critical', 'high'),
	judge: ({accountPrivate}) => (accountPrivate.value ? ok : risk('public')),
	fixes: {instagram: instagramFix('account-privacy', '2026-01', 'M'), tiktok: tiktokFix('settings-privacy')},
	examples: {risky: [{accountPrivate: known(false)}], ok: [{accountPrivate: known(true)}]},
});
