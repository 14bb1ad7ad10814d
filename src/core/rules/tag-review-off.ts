import {known} from '../model/observed.js';
import {severityFor} from '../model/severity.js';
import {defineRule, ok, risk} from './define-rule.js';
import {facebookFixes} from './fix-steps.js';

export default defineRule({
	id: 'tag-review-off',
	ref: 'PHO-03',
	family: 'photos',
	reads: ['reviewTaggedPosts', 'reviewTagsOnOwnPosts'],
	severity: severityFor('medium', 'high'),
	judge({reviewTaggedPosts, reviewTagsOnOwnPosts}) {
		if (reviewTaggedPosts.value && reviewTagsOnOwnPosts.value) {
			return ok;
		}

		return risk(!reviewTaggedPosts.value && !reviewTagsOnOwnPosts.value ? 'both' : reviewTaggedPosts.value ? 'own-posts' : 'tagged-posts');
	},
	fixes: {facebook: facebookFixes.profileAndTagging},
	examples: {
		risky: [{reviewTaggedPosts: known(false), reviewTagsOnOwnPosts: known(true)}, {reviewTaggedPosts: known(true), reviewTagsOnOwnPosts: known(false)}],
		ok: [{reviewTaggedPosts: known(true), reviewTagsOnOwnPosts: known(true)}],
	},
});
