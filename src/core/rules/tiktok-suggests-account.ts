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
	judge: values => (values['tiktokApp.suggestAccount'].value ? risk('on') : ok),
	fixes: {tiktok: appFix(tiktokSuggestAccount)},
	examples: {risky: [{'tiktokApp.suggestAccount': known(true)}], ok: [{'tiktokApp.suggestAccount': known(false)}]},
});
