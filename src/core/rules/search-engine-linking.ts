import {known} from '../model/observed.js';
import {severityFor} from '../model/severity.js';
import {defineRule, ok, risk} from './define-rule.js';
import {facebookFixes, redditFix} from './fix-steps.js';

export default defineRule({
	id: 'search-engine-linking',
	ref: 'CON-05',
	family: 'contact',
	reads: ['searchEngineLinking'],
	severity: severityFor('low', 'high'),
	judge: ({searchEngineLinking}) => (searchEngineLinking.value ? risk('on') : ok),
	fixes: {facebook: facebookFixes.findAndContact, reddit: redditFix('settings-privacy', 'M', '2023-09')},
	examples: {risky: [{searchEngineLinking: known(true)}], ok: [{searchEngineLinking: known(false)}]},
});
