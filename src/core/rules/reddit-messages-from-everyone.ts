import {known} from '../model/observed.js';
import {severityFor} from '../model/severity.js';
import {defineRule, ok, risk} from './define-rule.js';
import {redditFix} from './fix-steps.js';

// "Who can send you private messages" (platform-pages-3.md §4.2, M: Everyone / Nobody + allow-list):
// INT-01. Chat requests are `dm-requests-from-everyone`; these are the inbox's messages.
export default defineRule({
	id: 'reddit-messages-from-everyone',
	ref: 'INT-01',
	family: 'interaction',
	reads: ['privateMessagesFrom'],
	severity: severityFor('low', 'critical'),
	judge: ({privateMessagesFrom}) => (privateMessagesFrom.value === 'no-one' ? ok : risk('anyone')),
	fixes: {reddit: redditFix('settings-privacy', 'M')},
	examples: {risky: [{privateMessagesFrom: known('everyone')}], ok: [{privateMessagesFrom: known('no-one')}]},
});
