import {known} from '../model/observed.js';
import {severityFor} from '../model/severity.js';
import {defineRule, ok, risk} from './define-rule.js';
import {stravaFix} from './fix-steps.js';

// GEO-05 for Flyby: with "Everyone", any athlete who crossed your path sees you and can open your
// activity, and anyone with its link can replay it (Strava help 360015478252, M). Flyby shows only
// activities set to Everyone, so with narrower activities it matters less.
export default defineRule({
	id: 'strava-flyby',
	ref: 'GEO-05',
	family: 'geolocation',
	reads: ['flybyAudience'],
	context: ['activitiesAudience'],
	severity: severityFor('medium', 'high'),
	judge({flybyAudience: {value}}, {activitiesAudience}) {
		if (value === 'only-me') {
			return ok;
		}

		return activitiesAudience && activitiesAudience.value !== 'public'
			? risk('on', {severity: severityFor('low', 'medium'), reach: value})
			: risk('on', {reach: value});
	},
	fixes: {strava: stravaFix('M', 'settings-privacy', '2024-02')},
	examples: {risky: [{flybyAudience: known('public')}], ok: [{flybyAudience: known('only-me')}]},
});
