import {audienceLabel} from '../model/audience.js';
import {severityFor} from '../model/severity.js';
import {defineRule, ok, risk} from './define-rule.js';
import {exposedTo, notSet, shownTo} from './exposed-to.js';
import {bioFixes} from './fix-steps.js';

// BD-05: a date with its year in the bio. Overshare cannot tell a birthday from another date, and says so.
export default defineRule({
	id: 'bio-full-date',
	ref: 'BD-05',
	family: 'birthdate',
	reads: ['bioFullDate'],
	severity: severityFor('medium', 'high'),
	title: 'Your bio shows a full date, with the year',
	why: 'If it is your birthday, text like this undoes the profile setting that hides it: 42% of Facebook users exposed a full birth date with year (Consumer Reports, 2010).',
	okText: 'Your bio has no full date in it.',
	judge: ({bioFullDate}) => {
		const audience = exposedTo(bioFullDate);
		return audience ? risk(`Your bio shows a full date (day, month and year) to ${audienceLabel[audience]}`, undefined, audience) : ok;
	},
	fixes: bioFixes('the date (or at least its year)'),
	examples: {risky: [{bioFullDate: shownTo('public')}], ok: [{bioFullDate: notSet}, {bioFullDate: shownTo('only-me')}]},
});
