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
	judge: ({findableByEmail}) => (findableByEmail.value ? risk('findable') : ok),
	fixes: {x: xFix('settings-contacts')},
	examples: {risky: [{findableByEmail: known(true)}], ok: [{findableByEmail: known(false)}]},
});
