import {known} from '../model/observed.js';
import {severityFor} from '../model/severity.js';
import {defineRule, ok, risk} from './define-rule.js';
import {redditFix, xFix} from './fix-steps.js';

export default defineRule({
	id: 'personalized-ads',
	ref: 'TP-03',
	family: 'third-party',
	reads: ['personalizedAds'],
	severity: severityFor('low', 'medium'),
	judge: ({personalizedAds}) => (personalizedAds.value ? risk('on') : ok),
	fixes: {x: xFix('settings-ads'), reddit: redditFix('settings-privacy', 'M', '2023-09')},
	examples: {risky: [{personalizedAds: known(true)}], ok: [{personalizedAds: known(false)}]},
});
