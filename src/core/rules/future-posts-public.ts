import {known} from '../model/observed.js';
import {severityFor} from '../model/severity.js';
import {defineRule, ok, risk} from './define-rule.js';

export default defineRule({
	id: 'future-posts-public',
	ref: 'PHO-01',
	family: 'photos',
	reads: ['futurePostsAudience'],
	severity: severityFor('medium', 'critical', 'high'),
	title: 'Your new posts and photos are public',
	why: 'Public photos and posts are copied, indexed and used by scammers: social media was the start of $2.7 billion in reported losses from 2021 to mid-2023 (FTC, 2023).',
	okText: 'Your new posts are shared with friends or fewer.',
	judge: ({futurePostsAudience}) => (futurePostsAudience.value === 'public' ? risk('New posts and photos are visible to Public') : ok),
	fixes: {facebook: {
		page: 'settings-posts',
		steps: ['Open Settings & privacy › Settings.', 'Open "Posts".', 'At "Who can see your future posts?", choose "Friends".', 'Optionally, use "Limit who can see past posts" too.'],
		confirmed: '2026-09', confidence: 'H',
	}},
	examples: {risky: [{futurePostsAudience: known('public')}], ok: [{futurePostsAudience: known('friends')}, {futurePostsAudience: known('custom')}]},
});
