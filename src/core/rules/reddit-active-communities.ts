import {known} from '../model/observed.js';
import {severityFor} from '../model/severity.js';
import {defineRule, ok, risk} from './define-rule.js';
import {redditFix} from './fix-steps.js';

// "Show which communities I'm active in" (platform-pages-3.md §4.2, L; `top_karma_subreddits`, H): the
// list sums up a pseudonymous account's interests, health and location subreddits included (§4.5, L).
// Closest catalog rule NET-01, one step lower: it lists communities, not people.
export default defineRule({
	id: 'reddit-active-communities',
	ref: 'NET-01',
	family: 'social-graph',
	reads: ['activeCommunitiesShown'],
	severity: severityFor('low', 'medium'),
	judge: ({activeCommunitiesShown}) => (activeCommunitiesShown.value ? risk('on') : ok),
	fixes: {reddit: redditFix('settings-profile', 'L')},
	examples: {risky: [{activeCommunitiesShown: known(true)}], ok: [{activeCommunitiesShown: known(false)}]},
});
