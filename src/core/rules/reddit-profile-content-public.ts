import {known} from '../model/observed.js';
import {severityFor} from '../model/severity.js';
import {defineRule, ok, risk} from './define-rule.js';
import {redditFix} from './fix-steps.js';

// "Content and activity" (platform-pages-3.md §4.2, June 2025, M: r/modnews): "Keep all posts and
// comments public" shows your whole history on your profile; curating or hiding keeps it back
// (moderators of a community you interact with still see it for 28 days). PHO-01.
export default defineRule({
	id: 'reddit-profile-content-public',
	ref: 'PHO-01',
	family: 'photos',
	reads: ['profileContentPublic'],
	severity: severityFor('medium', 'critical', 'high'),
	judge: ({profileContentPublic}) => (profileContentPublic.value ? risk('public') : ok),
	fixes: {reddit: redditFix('settings-profile', 'M', '2025-06')},
	examples: {risky: [{profileContentPublic: known(true)}], ok: [{profileContentPublic: known(false)}]},
});
