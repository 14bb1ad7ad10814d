import {isAtLeast} from '../model/audience.js';
import {known} from '../model/observed.js';
import {severityFor} from '../model/severity.js';
import {defineRule, ok, risk} from './define-rule.js';

// SUP-02, with SUP-01 as the other explanation: Facebook Teen Accounts (April 2025) are private, so
// posts default to Friends (risks-and-settings.md (b) Facebook, M). A prompt for a talk, never a score.
export default defineRule({
	id: 'teen-defaults-facebook',
	ref: 'SUP-02, SUP-01',
	family: 'supervision',
	reads: ['futurePostsAudience'],
	severity: severityFor('info', 'high'),
	profiles: ['teen13', 'teen16'],
	prompt: true,
	judge: ({futurePostsAudience}) => (isAtLeast(futurePostsAudience.value, 'friends-of-friends')
		? risk('beyond-friends', {values: {audience: {audience: futurePostsAudience.value}}})
		: ok),
	fixes: {facebook: {page: 'settings-posts', confirmed: '2026-07', confidence: 'M'}},
	examples: {risky: [{futurePostsAudience: known('public')}], ok: [{futurePostsAudience: known('friends')}]},
});
