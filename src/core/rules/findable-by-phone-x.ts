import {known} from '../model/observed.js';
import {severityFor} from '../model/severity.js';
import {defineRule, ok, risk} from './define-rule.js';
import {xFix} from './fix-steps.js';

export default defineRule({
	id: 'findable-by-phone-x',
	ref: 'CON-03',
	family: 'contact',
	reads: ['findableByPhone'],
	severity: severityFor('medium', 'high'),
	title: 'People who have your phone number can find you on X',
	why: 'Phone look-up features were abused to tie numbers to 533 million Facebook accounts and 5.4 million Twitter accounts, which were then sold or dumped (Facebook, April 2021; Twitter, August 2022).',
	okText: 'Your phone number does not lead people to your X account.',
	judge: ({findableByPhone}) => (findableByPhone.value ? risk('Anyone with your phone number can find your X account') : ok),
	fixes: {x: xFix('settings-contacts', ['Discoverability and contacts'], 'Turn off "Let people who have your phone number find you on X".')},
	examples: {risky: [{findableByPhone: known(true)}], ok: [{findableByPhone: known(false)}]},
});
