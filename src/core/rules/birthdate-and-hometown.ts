import {audienceLabel, isWiderThan, narrowest, type Audience} from '../model/audience.js';
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
	okText: 'No one but you sees your full birthdate together with your hometown or city.',
	judge(values) {
		const dayMonth = exposedTo(values.birthdayDayMonth);
		const year = exposedTo(values.birthdayYear);
		if (!dayMonth || !year) {
			return ok;
		}

		// Those who see the date and a place are the narrowest of the audiences; report the widest such overlap.
		let shared: {place: string; audience: Audience} | undefined;
		for (const [place, detail] of [['hometown', values.hometown], ['current city', values.currentCity]] as const) {
			const audience = exposedTo(detail);
			const both = audience && narrowest(dayMonth, year, audience);
			if (both && (!shared || isWiderThan(both, shared.audience))) {
				shared = {place, audience: both};
			}
		}

		return shared ? risk(`Your full birthdate and your ${shared.place} are both visible to ${audienceLabel[shared.audience]}`, undefined, shared.audience) : ok;
	},
	fixes: {facebook: facebookFixes.birthday},
	examples: {
		risky: [
			{birthdayDayMonth: shownTo('public'), birthdayYear: shownTo('public'), hometown: shownTo('public'), currentCity: notSet},
			{birthdayDayMonth: shownTo('friends'), birthdayYear: shownTo('friends'), hometown: notSet, currentCity: shownTo('public')},
			{birthdayDayMonth: shownTo('public'), birthdayYear: shownTo('public'), hometown: shownTo('friends'), currentCity: notSet},
		],
		ok: [
			{birthdayDayMonth: shownTo('public'), birthdayYear: shownTo('only-me'), hometown: shownTo('public'), currentCity: shownTo('public')},
			{birthdayDayMonth: shownTo('public'), birthdayYear: shownTo('public'), hometown: notSet, currentCity: shownTo('only-me')},
		],
	},
});
