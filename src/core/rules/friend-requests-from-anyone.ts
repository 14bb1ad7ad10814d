import {known} from '../model/observed.js';
import {severityFor} from '../model/severity.js';
import {defineRule, ok, risk} from './define-rule.js';
import {facebookFixes} from './fix-steps.js';

export default defineRule({
	id: 'friend-requests-from-anyone',
	ref: 'INT-02',
	family: 'interaction',
	reads: ['friendRequestsAudience'],
	severity: severityFor('low', 'high'),
	title: 'Anyone can send you a friend request',
	why: 'An accepted stranger joins the "Friends" audience that most of your other settings rely on; unsolicited contact is how sextortion of teens usually starts (FBI, 2024).',
	okText: 'Only friends of friends can send you friend requests.',
	judge: ({friendRequestsAudience}) => (friendRequestsAudience.value === 'public' ? risk('Everyone can send you friend requests') : ok),
	fixes: {facebook: facebookFixes.findAndContact('Who can send you friend requests?', 'Friends of friends')},
	examples: {risky: [{friendRequestsAudience: known('public')}], ok: [{friendRequestsAudience: known('friends-of-friends')}]},
});
