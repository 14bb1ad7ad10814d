import {known} from '../model/observed.js';
import {severityFor} from '../model/severity.js';
import {snapchatQuickAdd} from '../questions/snapchat.js';
import {defineRule, ok, risk} from './define-rule.js';
import {appFix} from './fix-steps.js';

export default defineRule({
	id: 'snapchat-quick-add',
	ref: 'CON-06',
	family: 'contact',
	reads: ['snapchatApp.quickAdd'],
	severity: severityFor('low', 'high'),
	judge: values => (values['snapchatApp.quickAdd'].value ? risk('on') : ok),
	fixes: {snapchat: appFix(snapchatQuickAdd)},
	examples: {risky: [{'snapchatApp.quickAdd': known(true)}], ok: [{'snapchatApp.quickAdd': known(false)}]},
});
