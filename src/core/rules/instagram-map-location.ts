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
	title: 'You share your location on the Instagram Map',
	why: 'Real-time location is the most dangerous thing to share: most stalkers know their victim (NNEDV/CDC, 2017), and 37 US state attorneys general asked Meta to bar minors from the Instagram Map (2025).',
	okText: 'You share your location with no one.',
	judge(values) {
		const audience = values['instagramApp.mapSharing'].value;
		if (audience === 'no-one') {
			return ok;
		}

		// GEO-01 is Medium for adults when only Close Friends or a few named people see it.
		return audience === 'friends'
			? risk('Your friends can see your live location on the map')
			: risk('People you picked can see your live location on the map', severityFor('medium', 'critical'));
	},
	fixes: {instagram: appFix('Instagram', instagramMapSharing, 'Choose "No one".')},
	examples: {
		risky: [{'instagramApp.mapSharing': known('friends')}, {'instagramApp.mapSharing': known('close-friends')}, {'instagramApp.mapSharing': known('only-these-friends')}],
		ok: [{'instagramApp.mapSharing': known('no-one')}],
	},
});
