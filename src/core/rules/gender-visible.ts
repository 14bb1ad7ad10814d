import {severityFor} from '../model/severity.js';
import {defineRule, ok, riskTo} from './define-rule.js';
import {exposedTo, notSet, shownTo} from './exposed-to.js';
import {googleAboutMeFix} from './fix-steps.js';

// Gender, with a birth date and a ZIP code, singles out 87% of Americans (Sweeney 2000, the reason
// behind BD-01): on its own a low risk, raised when the birth year is visible too. Google's About me
// gives gender its own audience (platform-pages-3.md §2.2, M).
export default defineRule({
	id: 'gender-visible',
	ref: 'BD-01 (gender, the third part of date, ZIP and sex)',
	family: 'birthdate',
	reads: ['gender'],
	context: ['birthdayYear'],
	severity: severityFor('low', 'medium'),
	judge({gender}, context) {
		const audience = exposedTo(gender);
		if (audience !== 'public') {
			return ok;
		}

		const yearVisible = context.birthdayYear !== undefined && exposedTo(context.birthdayYear) === 'public';
		return riskTo(yearVisible ? 'visible-with-birthday' : 'visible', audience, yearVisible ? severityFor('medium', 'high') : undefined);
	},
	fixes: {google: googleAboutMeFix},
	examples: {
		risky: [{gender: shownTo('public')}],
		ok: [{gender: shownTo('only-me')}, {gender: notSet}, {gender: shownTo('friends')}],
	},
});
