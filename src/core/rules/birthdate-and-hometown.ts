import {isWiderThan, narrowest, type Audience} from '../model/audience.js';
import {severityFor} from '../model/severity.js';
import {defineRule, ok, riskTo} from './define-rule.js';
import {exposedTo, notSet, shownTo} from './exposed-to.js';
import {facebookFixes, googleAboutMeFix} from './fix-steps.js';

// BD-04: the combination is worse than its parts, so it is its own item.
export default defineRule({
	id: 'birthdate-and-hometown',
	ref: 'BD-04',
	family: 'birthdate',
	reads: ['birthdayDayMonth', 'birthdayYear', 'hometown', 'currentCity'],
	severity: severityFor('critical', 'critical'),
	judge(values) {
		const dayMonth = exposedTo(values.birthdayDayMonth);
		const year = exposedTo(values.birthdayYear);
		if (!dayMonth || !year) {
			return ok;
		}

		// Those who see the date and a place are the narrowest of the audiences; report the widest such overlap.
		let shared: {place: 'with-hometown' | 'with-current-city'; audience: Audience} | undefined;
		for (const [place, detail] of [['with-hometown', values.hometown], ['with-current-city', values.currentCity]] as const) {
			const audience = exposedTo(detail);
			const both = audience && narrowest(dayMonth, year, audience);
			if (both && (!shared || isWiderThan(both, shared.audience))) {
				shared = {place, audience: both};
			}
		}

		return shared ? riskTo(shared.place, shared.audience) : ok;
	},
	fixes: {facebook: facebookFixes.birthday, google: googleAboutMeFix},
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
