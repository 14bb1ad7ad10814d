import {known} from '../model/observed.js';
import {severityFor} from '../model/severity.js';
import {defineRule, ok, risk} from './define-rule.js';
import {linkedinFix} from './fix-steps.js';

export default defineRule({
	id: 'connections-visible',
	ref: 'NET-01',
	family: 'social-graph',
	reads: ['connectionsVisible'],
	severity: severityFor('medium', 'high'),
	judge: ({connectionsVisible}) => (connectionsVisible.value ? risk('on') : ok),
	fixes: {linkedin: linkedinFix('visibility-settings')},
	examples: {risky: [{connectionsVisible: known(true)}], ok: [{connectionsVisible: known(false)}]},
});
