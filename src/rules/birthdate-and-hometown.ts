import {audienceLabel, isAtLeast, narrowest} from '../model/audience.js';
import {severityFor} from '../model/severity.js';
import {defineRule, ok, risk} from './define-rule.js';
import {exposedTo, notSet, shownTo} from './exposed-to.js';
import {facebookFixes} from './fix-steps.js';

// BD-04: the combination is worse than its parts, so it is its own item.
export default defineRule({
	id: 'birthdate-and-hometown',
	ref: 'BD-04',
	family: 'birthdate',
	reads: ['birthdayDayMonth', 'birthdayYear', 'hometown', 'currentCity'],
	severity: severityFor('critical', 'critical'),
	title: 'Your full birthdate and where you come from are shown together',
	why: 'Date and place of birth predicted the first five digits of the Social Security number for 44% of Americans born after 1988 (Acquisti & Gross, PNAS 2009), and they are the classic identity-verification pair.',
	okText: 'Your full birthdate and your hometown or city are not shown to the same people.',
	judge(values) {
		const dayMonth = exposedTo(values.birthdayDayMonth);
		const year = exposedTo(values.birthdayYear);
		if (!dayMonth || !year) {
			return ok;
		}

		const birthdate = narrowest(dayMonth, year);
		const place = [exposedTo(values.hometown), exposedTo(values.currentCity)]
			.find(audience => audience !== undefined && isAtLeast(audience, birthdate));
		return place
			? risk(`Your full birthdate and your ${place === exposedTo(values.hometown) ? 'hometown' : 'current city'} are both visible to ${audienceLabel[birthdate]}`)
			: ok;
	},
	fixes: {facebook: facebookFixes.birthday},
	examples: {
		risky: [
			{birthdayDayMonth: shownTo('public'), birthdayYear: shownTo('public'), hometown: shownTo('public'), currentCity: notSet},
			{birthdayDayMonth: shownTo('friends'), birthdayYear: shownTo('friends'), hometown: notSet, currentCity: shownTo('public')},
		],
		ok: [
			{birthdayDayMonth: shownTo('public'), birthdayYear: shownTo('only-me'), hometown: shownTo('public'), currentCity: shownTo('public')},
			{birthdayDayMonth: shownTo('public'), birthdayYear: shownTo('public'), hometown: shownTo('friends'), currentCity: shownTo('only-me')},
		],
	},
});
