import {isAtLeast} from '../model/audience.js';
import {known} from '../model/observed.js';
import {severityFor} from '../model/severity.js';
import {defineRule, ok, riskTo} from './define-rule.js';
import {facebookFixes} from './fix-steps.js';

export default defineRule({
	id: 'tagged-posts-visible',
	ref: 'PHO-04',
	family: 'photos',
	reads: ['taggedPostsAudience'],
	severity: severityFor('medium', 'high'),
	judge: ({taggedPostsAudience: audience}) =>
		(isAtLeast(audience.value, 'friends-of-friends') ? riskTo('visible', audience.value) : ok),
	fixes: {facebook: facebookFixes.profileAndTagging},
	examples: {risky: [{taggedPostsAudience: known('public')}], ok: [{taggedPostsAudience: known('friends')}]},
});
