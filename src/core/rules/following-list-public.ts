import {isAtLeast} from '../model/audience.js';
import {known} from '../model/observed.js';
import {severityFor} from '../model/severity.js';
import {defineRule, ok, risk} from './define-rule.js';
import {tiktokFix, youtubeFix} from './fix-steps.js';

// NET-01 for TikTok: "Following list" is Everyone or Only you (followingVisibility 1 / 2, platform-pages-2.md §3.4).
// YouTube's subscriptions are the channels you follow: "Keep all my subscriptions private" off is Everyone (platform-pages-3.md §3.2–3.3).
export default defineRule({
	id: 'following-list-public',
	ref: 'NET-01',
	family: 'social-graph',
	reads: ['followingListAudience'],
	severity: severityFor('medium', 'high'),
	judge: ({followingListAudience: audience}) =>
		(isAtLeast(audience.value, 'friends-of-friends') ? risk('visible', {values: {audience: {audience: audience.value}}}) : ok),
	// The web settings do not show this row (platform-pages-2.md §6): the fix is in the app, and the profile re-checks it.
	// The web settings do not show this row (platform-pages-2.md §6): the fix is in the app, and the profile re-checks it.
	// YouTube: the switch's title and page are H (§3.2, 2018–26, ten or more repos).
	fixes: {tiktok: tiktokFix('profile'), youtube: youtubeFix('account-privacy', 'H')},
	examples: {risky: [{followingListAudience: known('public')}], ok: [{followingListAudience: known('only-me')}]},
});
