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
	title: 'LinkedIn uses your data for ads on other sites',
	why: 'Ad networks that follow you across sites build a behavioural profile of you, and ad data is reused beyond what it was given for (X paid $150 million over this, FTC and DOJ, 2022).',
	okText: 'LinkedIn does not use your data for ads beyond LinkedIn.',
	judge: ({adsBeyondLinkedIn}) => (adsBeyondLinkedIn.value ? risk('"Ads beyond LinkedIn" is on') : ok),
	fixes: {linkedin: linkedinFix('ads-beyond-linkedin', ['Advertising data', 'Ads beyond LinkedIn'], 'Turn the switch off.', '2026-01', 'H')},
	examples: {risky: [{adsBeyondLinkedIn: known(true)}], ok: [{adsBeyondLinkedIn: known(false)}]},
});
