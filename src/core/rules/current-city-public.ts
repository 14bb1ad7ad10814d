import {severityFor} from '../model/severity.js';
import {defineRule, ok, risk} from './define-rule.js';
import {exposedTo, notSet, shownTo} from './exposed-to.js';
import {facebookFixes, googleAboutMeFix} from './fix-steps.js';
import type {SiteFix} from './define-rule.js';

// X's profile location is free text on the public header (platform-pages.md §1.3, H, 2025-07); it is
// set in Edit profile › Location (input name="location", M, 2026-10 note).
const xLocationFix: SiteFix = {page: 'edit-profile', confirmed: '2026-10', confidence: 'M'};

export default defineRule({
	id: 'current-city-public',
	ref: 'LOC-02',
	family: 'location',
	reads: ['currentCity'],
	severity: severityFor('low', 'medium'),
	judge: ({currentCity}) => (exposedTo(currentCity) === 'public' ? risk('public') : ok),
	fixes: {facebook: facebookFixes.places, x: xLocationFix, google: googleAboutMeFix},
	examples: {
		risky: [{currentCity: shownTo('public')}],
		ok: [{currentCity: shownTo('friends')}, {currentCity: notSet}],
	},
});
