import {known} from '../model/observed.js';
import {severityFor} from '../model/severity.js';
import {defineRule, ok, risk} from './define-rule.js';
import {xFix} from './fix-steps.js';

export default defineRule({
	id: 'business-partner-sharing',
	ref: 'TP-04',
	family: 'third-party',
	reads: ['businessPartnerSharing'],
	severity: severityFor('medium', 'high'),
	judge: ({businessPartnerSharing}) => (businessPartnerSharing.value ? risk('on') : ok),
	fixes: {x: xFix('settings-data-sharing')},
	examples: {risky: [{businessPartnerSharing: known(true)}], ok: [{businessPartnerSharing: known(false)}]},
});
