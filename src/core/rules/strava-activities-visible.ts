import {known} from '../model/observed.js';
import {severityFor} from '../model/severity.js';
import {defineRule, ok, risk} from './define-rule.js';
import {stravaFix} from './fix-steps.js';

// PHO-01 for activity maps: Strava's default "Activities" audience (for new uploads only, §1.2, H).
// Followers is narrower, unless the profile lets anyone follow without approval (Profile Page
// "Everyone", Strava help 115000164850, M): then Followers is whoever clicks Follow.
export default defineRule({
	id: 'strava-activities-visible',
	ref: 'PHO-01',
	family: 'geolocation',
	reads: ['activitiesAudience'],
	context: ['profilePageAudience', 'hideActivityMaps'],
	severity: severityFor('medium', 'critical', 'high'),
	judge({activitiesAudience: {value}}, {profilePageAudience, hideActivityMaps}) {
		if (value === 'only-me') {
			return ok;
		}

		if (hideActivityMaps?.value === true) {
			return risk('maps-hidden', {severity: severityFor('info', 'low'), reach: value});
		}

		if (value === 'public') {
			return risk('everyone', {reach: 'public'});
		}

		return profilePageAudience?.value === 'public'
			? risk('followers-open', {severity: severityFor('medium', 'high'), reach: 'public'})
			: risk('followers', {severity: severityFor('low', 'medium'), reach: 'friends'});
	},
	fixes: {strava: stravaFix('M')},
	examples: {
		risky: [{activitiesAudience: known('public')}, {activitiesAudience: known('friends')}],
		ok: [{activitiesAudience: known('only-me')}],
	},
});
