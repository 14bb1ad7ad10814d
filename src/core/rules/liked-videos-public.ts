import {known} from '../model/observed.js';
import {severityFor} from '../model/severity.js';
import {defineRule, ok, risk} from './define-rule.js';
import {tiktokAppSteps, tiktokFix} from './fix-steps.js';

// TikTok catalog row "Following list / Liked videos" (risks-and-settings.md (b), M): a public liked
// list is social-graph exposure like NET-01. Read from `openFavorite` (platform-pages-2.md §3.4, M).
export default defineRule({
	id: 'liked-videos-public',
	ref: 'NET-01',
	family: 'social-graph',
	reads: ['likedVideosPublic'],
	severity: severityFor('low', 'medium'),
	title: 'Anyone can see the videos you liked on TikTok',
	why: 'Your liked videos show your interests and the creators and friends you watch, and TikTok shows this list only to approved followers for 13–15-year-olds (TikTok teen privacy settings).',
	okText: 'Only you can see the videos you liked.',
	judge: ({likedVideosPublic}) => (likedVideosPublic.value ? risk('Your liked videos are visible to everyone') : ok),
	fixes: {tiktok: tiktokFix('profile', tiktokAppSteps('Liked videos', 'Choose "Only you".'))},
	examples: {risky: [{likedVideosPublic: known(true)}], ok: [{likedVideosPublic: known(false)}]},
});
