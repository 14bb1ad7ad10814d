import {known} from '../model/observed.js';
import {severityFor} from '../model/severity.js';
import {defineRule, ok, risk} from './define-rule.js';
import {instagramFix} from './fix-steps.js';

// INT-04 (Low for adults, Medium for teens): mentions pull you into strangers' threads. Instagram
// teen accounts allow mentions only from people they follow (risks-and-settings.md (b), Sep 2024).
export default defineRule({
	id: 'mentions-from-anyone',
	ref: 'INT-04',
	family: 'interaction',
	reads: ['mentionsFrom'],
	severity: severityFor('low', 'medium'),
	title: 'Anyone can mention you',
	why: 'A mention from a stranger pulls you into their posts and threads, where their followers see your name; Instagram teen accounts only allow mentions from people they follow (Meta, 2024).',
	okText: 'Only people you follow can mention you, or nobody can.',
	judge: ({mentionsFrom}) => (mentionsFrom.value === 'anyone' ? risk('Anyone can mention you in their posts, stories and comments') : ok),
	fixes: {
		// platform-pages-2.md §2.1 and §2.4 (path and labels L–M, 2025–26).
		instagram: instagramFix('tags-and-mentions', [
			'Open More (☰) › Settings.',
			'Open "Tags and mentions".',
			'Under "Allow mentions from", choose "People you follow" (or "Don\'t allow mentions").',
		], '2026-01', 'L'),
	},
	examples: {risky: [{mentionsFrom: known('anyone')}], ok: [{mentionsFrom: known('following')}, {mentionsFrom: known('off')}]},
});
