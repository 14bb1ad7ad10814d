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
	judge: ({findableByPhone}) => (findableByPhone.value ? risk('findable') : ok),
	fixes: {x: xFix('settings-contacts')},
	examples: {risky: [{findableByPhone: known(true)}], ok: [{findableByPhone: known(false)}]},
});
