import {audienceLabel, widest} from '../model/audience.js';
import {severityFor} from '../model/severity.js';
import {defineRule, ok, risk} from './define-rule.js';
import {exposedTo, notSet, shownTo} from './exposed-to.js';
import {bioFixes} from './fix-steps.js';

// BD-03 and LOC-04 for a teen's bio; for adults an age or a school is usually a choice, so teen profiles only.
export default defineRule({
	id: 'bio-age-or-school',
	ref: 'BD-03, LOC-04 (bio)',
	family: 'location',
	reads: ['bioAge', 'bioSchool'],
	severity: severityFor('low', 'high'),
	profiles: ['teen13', 'teen16'],
	title: 'Your bio says how old you are or where you go to school',
	why: 'An age tells strangers they are talking to a child, and a school gives a predictable daily place to find one: 71% of teens posted their school name (Pew Research, 2013).',
	okText: 'Your bio does not mention your age or school.',
	judge: ({bioAge, bioSchool}) => {
		const age = exposedTo(bioAge);
		const school = exposedTo(bioSchool);
		if (!age && !school) {
			return ok;
		}

		const what = age && school ? 'your age and your school' : age ? 'your age or school year' : 'your school';
		const audience = widest(...[age, school].filter(audience => audience !== undefined));
		return risk(`Your bio shows ${what} to ${audienceLabel[audience]}`, undefined, audience);
	},
	fixes: bioFixes('your age, school year and school name'),
	examples: {
		risky: [{bioAge: shownTo('public'), bioSchool: notSet}, {bioAge: notSet, bioSchool: shownTo('public')}],
		ok: [{bioAge: notSet, bioSchool: notSet}],
	},
});
