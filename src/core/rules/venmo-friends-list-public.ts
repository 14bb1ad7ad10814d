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
	title: 'Your Venmo friends list is public',
	why: 'A public friends list maps your family and circle: reporters found the US President\'s family through Venmo friends lists in under 10 minutes (BuzzFeed via EFF, 2021).',
	okText: 'Your friends list is not public.',
	judge: values => (values['venmoApp.friendsList'].value === 'public' ? risk('Anyone can see who your Venmo friends are') : ok),
	fixes: {venmo: appFix('Venmo', venmoFriendsList, 'Choose "Private".')},
	examples: {
		risky: [{'venmoApp.friendsList': known('public')}],
		ok: [{'venmoApp.friendsList': known('private')}, {'venmoApp.friendsList': known('friends')}],
	},
});
