import {known} from '../model/observed.js';
import {severityFor} from '../model/severity.js';
import {instagramActivityStatus} from '../questions/instagram-app.js';
import {defineRule, ok, risk} from './define-rule.js';
import {appFix} from './fix-steps.js';

export default defineRule({
	id: 'instagram-activity-status',
	ref: 'INT-05',
	family: 'interaction',
	reads: ['instagramApp.activityStatus'],
	severity: severityFor('info', 'medium'),
	judge: values => (values['instagramApp.activityStatus'].value ? risk('on') : ok),
	fixes: {instagram: appFix(instagramActivityStatus)},
	examples: {risky: [{'instagramApp.activityStatus': known(true)}], ok: [{'instagramApp.activityStatus': known(false)}]},
});
