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
	title: 'Instagram shows when you are online',
	why: 'Activity status tells everyone you message when you are online, late at night included (risks-and-settings.md, INT-05).',
	okText: 'Your activity status is hidden.',
	judge: values => (values['instagramApp.activityStatus'].value ? risk('"Show activity status" is on') : ok),
	fixes: {instagram: appFix('Instagram', instagramActivityStatus, 'Turn off "Show activity status".')},
	examples: {risky: [{'instagramApp.activityStatus': known(true)}], ok: [{'instagramApp.activityStatus': known(false)}]},
});
