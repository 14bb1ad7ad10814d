import {severityFor} from '../model/severity.js';
import {defineRule, ok, risk} from './define-rule.js';
import {notSet, shownTo} from './exposed-to.js';
import {xBirthdayFix} from './fix-steps.js';

// BD-03's lead on X: the profile header's "Born …" line (platform-pages.md §1.3, H, 2025-07). X
// leaves the line out only when both parts of the date are "Only you", so a shown line means some of
// the date reaches people besides you; who, the header does not say (Edit profile's selects do, and
// birthdate-visible grades them). Low for adults and never in the badge, so one birthday is not
// counted twice; a missing line is unknown, never ok.
export default defineRule({
	id: 'birthdate-line-x',
	ref: 'BD-03',
	family: 'birthdate',
	reads: ['birthdateOnProfile'],
	severity: severityFor('low', 'medium'),
	judge: ({birthdateOnProfile}) => (birthdateOnProfile.value === 'shown' ? risk('shown') : ok),
	fixes: {x: xBirthdayFix},
	examples: {risky: [{birthdateOnProfile: shownTo('public')}, {birthdateOnProfile: shownTo('friends')}], ok: [{birthdateOnProfile: notSet}]},
});
