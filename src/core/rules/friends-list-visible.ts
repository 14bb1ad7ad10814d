import {audienceLabel, isAtLeast} from '../model/audience.js';
import {known} from '../model/observed.js';
import {severityFor} from '../model/severity.js';
import {defineRule, ok, risk} from './define-rule.js';
import {facebookFixes} from './fix-steps.js';

export default defineRule({
	id: 'friends-list-visible',
	ref: 'NET-01',
	family: 'social-graph',
	reads: ['friendsListAudience'],
	severity: severityFor('medium', 'high'),
	title: 'Strangers can see your friends list',
	why: 'A visible friends list maps your family and classmates; sextortionists use it to threaten exposure to "family and friends" (FBI, 2024).',
	okText: 'Your friends list is visible to friends or fewer.',
	judge: ({friendsListAudience: audience}) =>
		(isAtLeast(audience.value, 'friends-of-friends') ? risk(`Your friends list is visible to ${audienceLabel[audience.value]}`, undefined, audience.value) : ok),
	fixes: {facebook: facebookFixes.findAndContact('Who can see your friends list?', 'Only me')},
	examples: {
		risky: [{friendsListAudience: known('public')}, {friendsListAudience: known('friends-of-friends')}],
		ok: [{friendsListAudience: known('friends')}, {friendsListAudience: known('only-me')}],
	},
});
