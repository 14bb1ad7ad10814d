import {known} from '../model/observed.js';
import {severityFor} from '../model/severity.js';
import {defineRule, ok, risk} from './define-rule.js';
import {linkedinFix, xFix} from './fix-steps.js';

export default defineRule({
	id: 'ai-training',
	ref: 'TP-05',
	family: 'third-party',
	reads: ['aiTrainingAllowed'],
	severity: severityFor('low', 'medium'),
	judge: ({aiTrainingAllowed}) => (aiTrainingAllowed.value ? risk('on') : ok),
	fixes: {x: xFix('settings-grok', 'H'), linkedin: linkedinFix('data-for-ai', '2025-11', 'H')},
	examples: {risky: [{aiTrainingAllowed: known(true)}], ok: [{aiTrainingAllowed: known(false)}]},
});
