import {isAtLeast} from '../model/audience.js';
import {known} from '../model/observed.js';
import {severityFor} from '../model/severity.js';
import {defineRule, ok, riskTo} from './define-rule.js';
import {facebookFixes} from './fix-steps.js';

export default defineRule({
	id: 'friends-list-visible',
	ref: 'NET-01',
	family: 'social-graph',
	reads: ['friendsListAudience'],
	severity: severityFor('medium', 'high'),
	judge: ({friendsListAudience: audience}) =>
		(isAtLeast(audience.value, 'friends-of-friends') ? riskTo('visible', audience.value) : ok),
	fixes: {facebook: facebookFixes.findAndContact},
	examples: {
		risky: [{friendsListAudience: known('public')}, {friendsListAudience: known('friends-of-friends')}],
		ok: [{friendsListAudience: known('friends')}, {friendsListAudience: known('only-me')}],
	},
});
