import {known} from '../model/observed.js';
import {severityFor} from '../model/severity.js';
import {defineRule, ok, risk} from './define-rule.js';
import {redditFix} from './fix-steps.js';

// "Content visibility" (platform-pages-3.md §4.2, L: clone apps): "Posts to this profile can appear in
// r/all and your profile can be discovered in /users". Strangers are shown the profile: CON-06.
export default defineRule({
	id: 'reddit-profile-discoverable',
	ref: 'CON-06',
	family: 'contact',
	reads: ['profileDiscoverable'],
	severity: severityFor('low', 'high'),
	judge: ({profileDiscoverable}) => (profileDiscoverable.value ? risk('on') : ok),
	fixes: {reddit: redditFix('settings-profile', 'L')},
	examples: {risky: [{profileDiscoverable: known(true)}], ok: [{profileDiscoverable: known(false)}]},
});
