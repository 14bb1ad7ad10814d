import {known} from '../model/observed.js';
import {severityFor} from '../model/severity.js';
import {venmoDefaultPrivacy} from '../questions/venmo.js';
import {defineRule, ok, risk} from './define-rule.js';
import {appFix} from './fix-steps.js';

export default defineRule({
	id: 'venmo-public-payments',
	ref: 'TP-07',
	family: 'third-party',
	reads: ['venmoApp.defaultPrivacy'],
	severity: severityFor('high', 'high'),
	judge: values => (values['venmoApp.defaultPrivacy'].value === 'public' ? risk('public') : ok),
	fixes: {venmo: appFix(venmoDefaultPrivacy)},
	examples: {
		risky: [{'venmoApp.defaultPrivacy': known('public')}],
		ok: [{'venmoApp.defaultPrivacy': known('private')}, {'venmoApp.defaultPrivacy': known('friends')}],
	},
});
