import {known} from '../model/observed.js';
import {severityFor} from '../model/severity.js';
import {instagramMapSharing} from '../questions/instagram-app.js';
import {defineRule, ok, risk} from './define-rule.js';
import {appFix} from './fix-steps.js';

export default defineRule({
	id: 'instagram-map-location',
	ref: 'GEO-01',
	family: 'geolocation',
	reads: ['instagramApp.mapSharing'],
	severity: severityFor('high', 'critical'),
	judge(values) {
		const audience = values['instagramApp.mapSharing'].value;
		if (audience === 'no-one') {
			return ok;
		}

		// GEO-01 is Medium for adults when only Close Friends or a few named people see it.
		return audience === 'friends'
			? risk('friends')
			: risk('picked', {severity: severityFor('medium', 'critical')});
	},
	fixes: {instagram: appFix(instagramMapSharing)},
	examples: {
		risky: [{'instagramApp.mapSharing': known('friends')}, {'instagramApp.mapSharing': known('close-friends')}, {'instagramApp.mapSharing': known('only-these-friends')}],
		ok: [{'instagramApp.mapSharing': known('no-one')}],
	},
});
