import {known} from '../model/observed.js';
import {severityFor} from '../model/severity.js';
import {defineRule, ok, risk} from './define-rule.js';
import {redditFix} from './fix-steps.js';

// "Allow people to follow you" (platform-pages-3.md §4.2, M: four clone apps agree; risks-and-settings.md
// (b) Reddit, M): followers see your profile posts in their home feed, and anyone can follow without
// approval: INT-02.
export default defineRule({
	id: 'reddit-followers-allowed',
	ref: 'INT-02',
	family: 'interaction',
	reads: ['followersAllowed'],
	severity: severityFor('low', 'high'),
	judge: ({followersAllowed}) => (followersAllowed.value ? risk('on') : ok),
	fixes: {reddit: redditFix('settings-profile', 'M')},
	examples: {risky: [{followersAllowed: known(true)}], ok: [{followersAllowed: known(false)}]},
});
