import {widest} from '../model/audience.js';
import {severityFor} from '../model/severity.js';
import {defineRule, ok, riskTo} from './define-rule.js';
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
	judge: ({bioAge, bioSchool}) => {
		const age = exposedTo(bioAge);
		const school = exposedTo(bioSchool);
		if (!age && !school) {
			return ok;
		}

		const what = age && school ? 'age-and-school' : age ? 'age' : 'school';
		const audience = widest(...[age, school].filter(audience => audience !== undefined));
		return riskTo(what, audience);
	},
	fixes: bioFixes,
	examples: {
		risky: [{bioAge: shownTo('public'), bioSchool: notSet}, {bioAge: notSet, bioSchool: shownTo('public')}],
		ok: [{bioAge: notSet, bioSchool: notSet}],
	},
});
