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
	judge: ({mentionsFrom}) => (mentionsFrom.value === 'anyone' ? risk('anyone') : ok),
	// platform-pages-2.md §2.1 and §2.4 (path and labels L–M, 2025–26).
	fixes: {instagram: instagramFix('tags-and-mentions', '2026-01', 'L')},
	examples: {risky: [{mentionsFrom: known('anyone')}], ok: [{mentionsFrom: known('following')}, {mentionsFrom: known('off')}]},
});
