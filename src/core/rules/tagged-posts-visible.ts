import {audienceLabel, isAtLeast} from '../model/audience.js';
import {known} from '../model/observed.js';
import {severityFor} from '../model/severity.js';
import {defineRule, ok, risk} from './define-rule.js';
import {facebookFixes} from './fix-steps.js';

export default defineRule({
	id: 'tagged-posts-visible',
	ref: 'PHO-04',
	family: 'photos',
	reads: ['taggedPostsAudience'],
	severity: severityFor('medium', 'high'),
	title: 'Photos others tag you in are shown to strangers on your profile',
	why: 'Your profile then shows other people\'s photos of you, and the places they were taken, to people you never chose.',
	okText: 'Posts you are tagged in are shown to friends or fewer on your profile.',
	judge: ({taggedPostsAudience: audience}) =>
		(isAtLeast(audience.value, 'friends-of-friends') ? risk(`Posts you're tagged in are visible to ${audienceLabel[audience.value]} on your profile`, undefined, audience.value) : ok),
	fixes: {facebook: facebookFixes.profileAndTagging('Who can see posts you\'re tagged in on your profile?', 'Friends')},
	examples: {risky: [{taggedPostsAudience: known('public')}], ok: [{taggedPostsAudience: known('friends')}]},
});
