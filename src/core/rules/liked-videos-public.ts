import {known} from '../model/observed.js';
import {severityFor} from '../model/severity.js';
import {defineRule, ok, risk} from './define-rule.js';
import {tiktokFix} from './fix-steps.js';

// TikTok catalog row "Following list / Liked videos" (risks-and-settings.md (b), M): a public liked
// list is social-graph exposure like NET-01. Read from `openFavorite` (platform-pages-2.md §3.4, M).
export default defineRule({
	id: 'liked-videos-public',
	ref: 'NET-01',
	family: 'social-graph',
	reads: ['likedVideosPublic'],
	severity: severityFor('low', 'medium'),
	judge: ({likedVideosPublic}) => (likedVideosPublic.value ? risk('public') : ok),
	fixes: {tiktok: tiktokFix('profile')},
	examples: {risky: [{likedVideosPublic: known(true)}], ok: [{likedVideosPublic: known(false)}]},
});
