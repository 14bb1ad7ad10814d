import {known} from '../model/observed.js';
import {severityFor} from '../model/severity.js';
import {venmoFriendsList} from '../questions/venmo.js';
import {defineRule, ok, risk} from './define-rule.js';
import {appFix} from './fix-steps.js';

export default defineRule({
	id: 'venmo-friends-list-public',
	ref: 'NET-02',
	family: 'social-graph',
	reads: ['venmoApp.friendsList'],
	severity: severityFor('medium', 'high'),
	judge: values => (values['venmoApp.friendsList'].value === 'public' ? risk('public') : ok),
	fixes: {venmo: appFix(venmoFriendsList)},
	examples: {
		risky: [{'venmoApp.friendsList': known('public')}],
		ok: [{'venmoApp.friendsList': known('private')}, {'venmoApp.friendsList': known('friends')}],
	},
});
