import {known} from '../model/observed.js';
import {severityFor} from '../model/severity.js';
import {defineRule, ok, risk} from './define-rule.js';
import {xFix} from './fix-steps.js';

export default defineRule({
	id: 'personalized-ads',
	ref: 'TP-03',
	family: 'third-party',
	reads: ['personalizedAds'],
	severity: severityFor('low', 'medium'),
	title: 'X personalizes ads with data from outside X',
	why: 'Partner data builds a behavioural profile of you, and X paid $150 million for using phone numbers and emails given for security to target ads (FTC and DOJ, 2022).',
	okText: 'Personalized ads are off.',
	judge: ({personalizedAds}) => (personalizedAds.value ? risk('"Personalized ads" is on') : ok),
	fixes: {x: xFix('settings-ads', ['Data sharing and personalization', 'Ads preferences'], 'Turn off "Personalized ads".')},
	examples: {risky: [{personalizedAds: known(true)}], ok: [{personalizedAds: known(false)}]},
});
