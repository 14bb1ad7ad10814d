import {known} from '../model/observed.js';
import {severityFor} from '../model/severity.js';
import {defineRule, ok, risk} from './define-rule.js';

export default defineRule({
	id: 'future-posts-public',
	ref: 'PHO-01',
	family: 'photos',
	reads: ['futurePostsAudience'],
	severity: severityFor('medium', 'critical', 'high'),
	judge: ({futurePostsAudience}) => (futurePostsAudience.value === 'public' ? risk('public') : ok),
	fixes: {facebook: {page: 'settings-posts', confirmed: '2026-09', confidence: 'H'}},
	examples: {risky: [{futurePostsAudience: known('public')}], ok: [{futurePostsAudience: known('friends')}, {futurePostsAudience: known('custom')}]},
});
