import {known} from '../model/observed.js';
import {severityFor} from '../model/severity.js';
import {defineRule, ok, risk} from './define-rule.js';
import {stravaFix} from './fix-steps.js';

// LOC-02: a location is set on the profile, and Profile Page is "Everyone": every athlete, and
// anyone logged out, sees it (Strava help 115000164850, M). Whether non-followers still see it under
// "Followers" is not known, so only "Everyone" is flagged. Never the place itself.
export default defineRule({
	id: 'strava-location-on-profile',
	ref: 'LOC-02',
	family: 'location',
	reads: ['profileLocationSet', 'profilePageAudience'],
	severity: severityFor('low', 'medium'),
	judge: ({profileLocationSet, profilePageAudience}) =>
		(profileLocationSet.value && profilePageAudience.value === 'public' ? risk('public', {reach: 'public'}) : ok),
	// Profile Page is on Privacy Controls (H); removing the location is in Settings › My Profile (L).
	fixes: {strava: stravaFix('L')},
	examples: {
		risky: [{profileLocationSet: known(true), profilePageAudience: known('public')}],
		ok: [{profileLocationSet: known(false), profilePageAudience: known('public')}, {profileLocationSet: known(true), profilePageAudience: known('friends')}],
	},
});
