import {isAtLeast, narrowest} from '../model/audience.js';
import {severityFor} from '../model/severity.js';
import {defineRule, ok, riskTo} from './define-rule.js';
import {exposedTo, notSet, shownTo} from './exposed-to.js';
import {facebookFixes, googleAboutMeFix, linkedinContactFix, xBirthdayFix} from './fix-steps.js';

// BD-01 / BD-02 / BD-03 graded in one item, so one birthday never counts twice in the badge.
export default defineRule({
	id: 'birthdate-visible',
	ref: 'BD-01, BD-02, BD-03',
	family: 'birthdate',
	reads: ['birthdayDayMonth', 'birthdayYear'],
	severity: severityFor('high', 'critical'),
	judge({birthdayDayMonth, birthdayYear}) {
		const year = exposedTo(birthdayYear);
		if (!year) {
			return ok;
		}

		const dayMonth = exposedTo(birthdayDayMonth);
		if (!dayMonth) {
			return riskTo('year-visible', year, severityFor('low', 'high'));
		}

		// Only people in both audiences see the whole date.
		const both = narrowest(dayMonth, year);
		return isAtLeast(both, 'friends-of-friends')
			? riskTo('full-date-visible', both)
			: riskTo('date-visible', both, severityFor('medium', 'high'));
	},
	fixes: {facebook: facebookFixes.birthday, x: xBirthdayFix, linkedin: linkedinContactFix('L'), google: googleAboutMeFix},
	examples: {
		risky: [
			{birthdayDayMonth: shownTo('public'), birthdayYear: shownTo('public')},
			{birthdayDayMonth: shownTo('friends'), birthdayYear: shownTo('public')},
			{birthdayDayMonth: shownTo('only-me'), birthdayYear: shownTo('friends')},
		],
		ok: [
			{birthdayDayMonth: shownTo('public'), birthdayYear: shownTo('only-me')},
			{birthdayDayMonth: notSet, birthdayYear: notSet},
		],
	},
});
