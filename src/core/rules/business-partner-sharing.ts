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
	title: 'X shares extra information about you with business partners',
	why: 'Under X\'s October 2024 privacy policy, business partners may use the data shared with them for their own purposes, including training AI (Silicon Republic, 2024-10-18).',
	okText: 'Extra sharing with business partners is off.',
	judge: ({businessPartnerSharing}) => (businessPartnerSharing.value ? risk('"Allow additional information sharing with business partners" is on') : ok),
	fixes: {x: xFix('settings-data-sharing', ['Data sharing and personalization', 'Data sharing with business partners'],
		'Turn off "Allow additional information sharing with business partners".')},
	examples: {risky: [{businessPartnerSharing: known(true)}], ok: [{businessPartnerSharing: known(false)}]},
});
