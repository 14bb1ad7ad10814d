import {severityFor} from '../model/severity.js';
import {defineRule, ok, riskTo} from './define-rule.js';
import {exposedTo, notSet, shownTo} from './exposed-to.js';
import {googleAboutMeFix} from './fix-steps.js';

// LOC-01 for the other address people keep on an account: where you are on weekdays, at set hours.
// Google's About me shows a work address with its own audience (platform-pages-3.md §2.1 screen
// 10760, H; its audience §2.2, M). For a teen, a "work" address is often a school or a first job.
export default defineRule({
	id: 'work-address-visible',
	ref: 'LOC-01 (work address)',
	family: 'location',
	reads: ['workAddress'],
	severity: severityFor('high', 'critical'),
	judge: ({workAddress}) => {
		const audience = exposedTo(workAddress);
		return audience ? riskTo('visible', audience) : ok;
	},
	fixes: {google: googleAboutMeFix},
	examples: {
		risky: [{workAddress: shownTo('public')}, {workAddress: shownTo('friends')}],
		ok: [{workAddress: shownTo('only-me')}, {workAddress: notSet}],
	},
});
