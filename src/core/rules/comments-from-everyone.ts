import {isAtLeast} from '../model/audience.js';
import {known} from '../model/observed.js';
import {severityFor} from '../model/severity.js';
import {defineRule, ok, risk} from './define-rule.js';
import {tiktokFix} from './fix-steps.js';

// INT-03. On the web the choices are Everyone or Friends (platform-pages-2.md §3.2); the app adds "No one".
export default defineRule({
	id: 'comments-from-everyone',
	ref: 'INT-03',
	family: 'interaction',
	reads: ['commentsAudience'],
	severity: severityFor('low', 'medium'),
	judge: ({commentsAudience: audience}) => (isAtLeast(audience.value, 'friends-of-friends') ? risk('anyone') : ok),
	fixes: {tiktok: tiktokFix('settings-privacy')},
	examples: {risky: [{commentsAudience: known('public')}], ok: [{commentsAudience: known('friends')}, {commentsAudience: known('only-me')}]},
});
