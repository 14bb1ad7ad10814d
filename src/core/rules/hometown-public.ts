import {severityFor} from '../model/severity.js';
import {defineRule, ok, risk} from './define-rule.js';
import {exposedTo, notSet, shownTo} from './exposed-to.js';
import {facebookFixes} from './fix-steps.js';

export default defineRule({
	id: 'hometown-public',
	ref: 'LOC-03',
	family: 'location',
	reads: ['hometown'],
	context: ['birthdayYear'],
	severity: severityFor('low', 'medium'),
	title: 'Anyone can see your hometown',
	why: 'Birthplace is the second input to Social Security number prediction (Acquisti & Gross, 2009) and a common security-question answer.',
	okText: 'Your hometown is not public.',
	judge({hometown}, context) {
		if (exposedTo(hometown) !== 'public') {
			return ok;
		}

		// risks-and-settings.md (c): Medium for adults when any part of the birth date is visible.
		const yearVisible = context.birthdayYear !== undefined && exposedTo(context.birthdayYear) !== undefined;
		return risk('Your hometown is visible to Public', yearVisible ? severityFor('medium', 'medium') : undefined);
	},
	fixes: {facebook: facebookFixes.places('Hometown')},
	examples: {
		risky: [{hometown: shownTo('public')}],
		ok: [{hometown: shownTo('friends-of-friends')}, {hometown: notSet}],
	},
});
