import {known} from '../model/observed.js';
import {severityFor} from '../model/severity.js';
import {defineRule, ok, risk} from './define-rule.js';
import {tiktokFix} from './fix-steps.js';

// PHO-05, downloads: the web settings do not show this row (platform-pages-2.md §6), so the fix is
// in the app and the profile re-checks it (downloadSetting, §3.4).
export default defineRule({
	id: 'downloads-allowed',
	ref: 'PHO-05',
	family: 'photos',
	reads: ['downloadsAllowed'],
	severity: severityFor('low', 'high'),
	judge: ({downloadsAllowed}) => (downloadsAllowed.value ? risk('on') : ok),
	fixes: {tiktok: tiktokFix('profile')},
	examples: {risky: [{downloadsAllowed: known(true)}], ok: [{downloadsAllowed: known(false)}]},
});
