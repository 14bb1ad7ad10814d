import {known} from '../model/observed.js';
import {severityFor} from '../model/severity.js';
import {defineRule, ok, risk} from './define-rule.js';
import {facebookFixes} from './fix-steps.js';

export default defineRule({
	id: 'search-engine-linking',
	ref: 'CON-05',
	family: 'contact',
	reads: ['searchEngineLinking'],
	severity: severityFor('low', 'high'),
	title: 'Search engines link to your profile',
	why: 'Indexed profiles turn up for anyone who searches your name, and feed data brokers; Consumer Reports listed "being found by a search engine" among the habits to stop (2010).',
	okText: 'Search engines outside the site do not link to your profile.',
	judge: ({searchEngineLinking}) => (searchEngineLinking.value ? risk('Search engines outside Facebook can link to your profile') : ok),
	fixes: {facebook: {...facebookFixes.findAndContact('Allow search engines outside of Facebook to link to your profile', 'Off'), steps: [
		'Open Settings & privacy › Settings.',
		'Open "How people find and contact you".',
		'Turn off "Allow search engines outside of Facebook to link to your profile".',
	]}},
	examples: {risky: [{searchEngineLinking: known(true)}], ok: [{searchEngineLinking: known(false)}]},
});
