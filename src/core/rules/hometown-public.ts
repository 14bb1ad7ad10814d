import {severityFor} from '../model/severity.js';
import {defineRule, ok, risk} from './define-rule.js';
import {exposedTo, notSet, shownTo} from './exposed-to.js';
import {facebookFixes, googleAboutMeFix} from './fix-steps.js';

export default defineRule({
	id: 'hometown-public',
	ref: 'LOC-03',
	family: 'location',
	reads: ['hometown'],
	context: ['birthdayYear'],
	severity: severityFor('low', 'medium'),
	judge({hometown}, context) {
		if (exposedTo(hometown) !== 'public') {
			return ok;
		}

		// risks-and-settings.md (c): Medium for adults when any part of the birth date is visible.
		const yearVisible = context.birthdayYear !== undefined && exposedTo(context.birthdayYear) !== undefined;
		return yearVisible ? risk('public', {severity: severityFor('medium', 'medium')}) : risk('public');
	},
	fixes: {facebook: facebookFixes.places, google: googleAboutMeFix},
	examples: {
		risky: [{hometown: shownTo('public')}],
		ok: [{hometown: shownTo('friends-of-friends')}, {hometown: notSet}],
	},
});
