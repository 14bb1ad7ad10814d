import {known} from '../model/observed.js';
import {severityFor} from '../model/severity.js';
import {defineRule, ok, risk} from './define-rule.js';
import {redditFix} from './fix-steps.js';

// Online status (`show_presence`, platform-pages-3.md §4.3, H; its label "Show that you're active on
// Reddit" is L, 2025+ checklist): INT-05.
export default defineRule({
	id: 'reddit-online-status',
	ref: 'INT-05',
	family: 'interaction',
	reads: ['onlineStatusShown'],
	severity: severityFor('info', 'medium'),
	judge: ({onlineStatusShown}) => (onlineStatusShown.value ? risk('on') : ok),
	fixes: {reddit: redditFix('settings-privacy', 'L')},
	examples: {risky: [{onlineStatusShown: known(true)}], ok: [{onlineStatusShown: known(false)}]},
});
