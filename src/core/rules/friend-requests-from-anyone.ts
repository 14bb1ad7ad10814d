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
	judge: ({friendRequestsAudience}) => (friendRequestsAudience.value === 'public' ? risk('everyone') : ok),
	fixes: {facebook: facebookFixes.findAndContact},
	examples: {risky: [{friendRequestsAudience: known('public')}], ok: [{friendRequestsAudience: known('friends-of-friends')}]},
});
