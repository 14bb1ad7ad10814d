import {audienceLabel, isAtLeast, narrowest} from '../model/audience.js';
import {severityFor} from '../model/severity.js';
import {defineRule, ok, risk} from './define-rule.js';
import {exposedTo, notSet, shownTo} from './exposed-to.js';
import {facebookFixes, linkedinContactFix, xBirthdayFix} from './fix-steps.js';

// BD-01 / BD-02 / BD-03 graded in one item, so one birthday never counts twice in the badge.
export default defineRule({
	id: 'birthdate-visible',
	ref: 'BD-01, BD-02, BD-03',
	family: 'birthdate',
	reads: ['birthdayDayMonth', 'birthdayYear'],
	severity: severityFor('high', 'critical'),
	title: 'Your full birthdate, or your age, is on your profile',
	why: 'A full birth date is a classic identity-verification answer, and with a ZIP code and sex it singles out 87% of Americans (Sweeney, 2000); for a teen, a visible age tells strangers they are talking to a child.',
	okText: 'Your birth year is hidden, so neither your full birthdate nor your age is on your profile.',
	judge({birthdayDayMonth, birthdayYear}) {
		const year = exposedTo(birthdayYear);
		if (!year) {
			return ok;
		}

		const dayMonth = exposedTo(birthdayDayMonth);
		if (!dayMonth) {
			return risk(`Your birth year (your age) is visible to ${audienceLabel[year]}`, severityFor('low', 'high'), year);
		}

		// Only people in both audiences see the whole date.
		const both = narrowest(dayMonth, year);
		return isAtLeast(both, 'friends-of-friends')
			? risk(`Your full birthdate (day, month and year) is visible to ${audienceLabel[both]}`, undefined, both)
			: risk(`Your full birthdate is visible to ${audienceLabel[both]}`, severityFor('medium', 'high'), both);
	},
	fixes: {facebook: facebookFixes.birthday, x: xBirthdayFix,
		linkedin: linkedinContactFix('Under "Birthday", choose who can see it: "Only you" (or delete the birthday).', 'L')},
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
