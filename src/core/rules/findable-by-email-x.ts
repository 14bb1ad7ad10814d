import {known} from '../model/observed.js';
import {severityFor} from '../model/severity.js';
import {defineRule, ok, risk} from './define-rule.js';
import {xFix} from './fix-steps.js';

export default defineRule({
	id: 'findable-by-email-x',
	ref: 'CON-04',
	family: 'contact',
	reads: ['findableByEmail'],
	severity: severityFor('medium', 'high'),
	title: 'People who have your email address can find you on X',
	why: 'Email look-up ties a pseudonymous account to a real address: 5.4 million Twitter accounts were matched to emails and phone numbers this way and sold (Twitter, August 2022).',
	okText: 'Your email address does not lead people to your X account.',
	judge: ({findableByEmail}) => (findableByEmail.value ? risk('Anyone with your email address can find your X account') : ok),
	fixes: {x: xFix('settings-contacts', ['Discoverability and contacts'], 'Turn off "Let people who have your email address find you on X".')},
	examples: {risky: [{findableByEmail: known(true)}], ok: [{findableByEmail: known(false)}]},
});
