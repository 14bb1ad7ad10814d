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
	title: 'Others can tag you without your approval',
	why: 'Without review, anyone can attach your name and face to photos and places you never approved; Facebook turns review on for teens by default.',
	okText: 'You review tags before they appear.',
	judge({reviewTaggedPosts, reviewTagsOnOwnPosts}) {
		const off = [!reviewTaggedPosts.value && 'posts you\'re tagged in', !reviewTagsOnOwnPosts.value && 'tags on your posts'].filter(Boolean);
		return off.length > 0 ? risk(`Review is off for ${off.join(' and ')}`) : ok;
	},
	fixes: {facebook: {
		...facebookFixes.profileAndTagging('Review posts you\'re tagged in before the post appears on your profile?', 'On'),
		steps: ['Open Settings & privacy › Settings.', 'Open "Profile and tagging".', 'Turn on "Review posts you\'re tagged in before the post appears on your profile?".', 'Turn on "Review tags people add to your posts before the tags appear on Facebook?".'],
	}},
	examples: {
		risky: [{reviewTaggedPosts: known(false), reviewTagsOnOwnPosts: known(true)}, {reviewTaggedPosts: known(true), reviewTagsOnOwnPosts: known(false)}],
		ok: [{reviewTaggedPosts: known(true), reviewTagsOnOwnPosts: known(true)}],
	},
});
