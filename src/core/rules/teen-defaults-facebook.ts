import {audienceLabel, isAtLeast} from '../model/audience.js';
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
	title: 'Talk it over: new Facebook posts go beyond friends, though teen accounts keep them to friends',
	why: 'Facebook Teen Accounts are private and under-16s need a parent to loosen them (Meta, April 2025); posts beyond friends mean that was agreed, or that the account\'s age says 18 or over.',
	okText: 'New posts go to friends or fewer, as Facebook Teen Accounts start.',
	judge: ({futurePostsAudience}) => (isAtLeast(futurePostsAudience.value, 'friends-of-friends')
		? risk(`New posts go to ${audienceLabel[futurePostsAudience.value]}. Was that agreed together? If not, check the birthday on the account`)
		: ok),
	fixes: {facebook: {
		page: 'settings-posts',
		steps: ['Decide together who should see new posts.', 'Open Settings & privacy › Settings › "Posts".', 'At "Who can see your future posts?", choose "Friends".', 'If the age is wrong, correct the birthday in Accounts Center › Personal details.'],
		confirmed: '2026-07', confidence: 'M',
	}},
	examples: {risky: [{futurePostsAudience: known('public')}], ok: [{futurePostsAudience: known('friends')}]},
});
