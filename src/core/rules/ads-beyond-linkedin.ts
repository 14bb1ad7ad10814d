import {known} from '../model/observed.js';
import {severityFor} from '../model/severity.js';
import {defineRule, ok, risk} from './define-rule.js';
import {linkedinFix} from './fix-steps.js';

export default defineRule({
	id: 'ads-beyond-linkedin',
	ref: 'TP-03',
	family: 'third-party',
	reads: ['adsBeyondLinkedIn'],
	severity: severityFor('low', 'medium'),
	judge: ({adsBeyondLinkedIn}) => (adsBeyondLinkedIn.value ? risk('on') : ok),
	fixes: {linkedin: linkedinFix('ads-beyond-linkedin', '2026-01', 'H')},
	examples: {risky: [{adsBeyondLinkedIn: known(true)}], ok: [{adsBeyondLinkedIn: known(false)}]},
});
