import {isAtLeast} from '../model/audience.js';
import {known} from '../model/observed.js';
import {severityFor} from '../model/severity.js';
import {defineRule, ok, risk} from './define-rule.js';
import {tiktokFix, tiktokWebSteps} from './fix-steps.js';

// INT-03. On the web the choices are Everyone or Friends (platform-pages-2.md §3.2); the app adds "No one".
export default defineRule({
	id: 'comments-from-everyone',
	ref: 'INT-03',
	family: 'interaction',
	reads: ['commentsAudience'],
	severity: severityFor('low', 'medium'),
	title: 'Anyone can comment on your TikTok posts',
	why: 'Open comments are an opening for harassment and grooming, and TikTok lets 13–15-year-olds choose only Friends or No one (TikTok teen privacy settings).',
	okText: 'Only friends (or no one) can comment on your posts.',
	judge: ({commentsAudience: audience}) => (isAtLeast(audience.value, 'friends-of-friends') ? risk('Anyone can comment on your posts') : ok),
	fixes: {tiktok: tiktokFix('settings-privacy', tiktokWebSteps('Comments', 'Select it and choose "Friends".'))},
	examples: {risky: [{commentsAudience: known('public')}], ok: [{commentsAudience: known('friends')}, {commentsAudience: known('only-me')}]},
});
