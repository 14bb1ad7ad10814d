import {known} from '../model/observed.js';
import {severityFor} from '../model/severity.js';
import {snapchatContactMe} from '../questions/snapchat.js';
import {defineRule, ok, risk} from './define-rule.js';
import {appFix} from './fix-steps.js';

export default defineRule({
	id: 'snapchat-contact-me-everyone',
	ref: 'INT-01',
	family: 'interaction',
	reads: ['snapchatApp.contactMe'],
	severity: severityFor('low', 'critical'),
	judge: values => (values['snapchatApp.contactMe'].value === 'everyone' ? risk('everyone') : ok),
	fixes: {snapchat: appFix(snapchatContactMe)},
	examples: {
		risky: [{'snapchatApp.contactMe': known('everyone')}],
		ok: [{'snapchatApp.contactMe': known('friends')}, {'snapchatApp.contactMe': known('friends-and-contacts')}],
	},
});
