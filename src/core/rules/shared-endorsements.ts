import {known} from '../model/observed.js';
import {severityFor} from '../model/severity.js';
import {defineRule, ok, risk} from './define-rule.js';
import {googleFix} from './fix-steps.js';

// Your name, photo and activity (reviews, +1s, follows) shown to others in ads: your own data used
// for advertising (TP-03). Google's People & sharing › Shared endorsements checkbox
// (platform-pages-3.md §2.2–2.3, text and role M, FIRESER 2021; the page L in the catalog).
export default defineRule({
	id: 'shared-endorsements',
	ref: 'TP-03 (shared endorsements)',
	family: 'third-party',
	reads: ['sharedEndorsements'],
	severity: severityFor('low', 'medium'),
	judge: ({sharedEndorsements}) => (sharedEndorsements.value ? risk('on') : ok),
	fixes: {google: googleFix('shared-endorsements', '2021-01', 'L')},
	examples: {risky: [{sharedEndorsements: known(true)}], ok: [{sharedEndorsements: known(false)}]},
});
