import {known} from '../model/observed.js';
import {severityFor} from '../model/severity.js';
import {tiktokLocationServices} from '../questions/tiktok.js';
import {defineRule, ok, risk} from './define-rule.js';
import {appFix} from './fix-steps.js';

export default defineRule({
	id: 'tiktok-location-services',
	ref: 'GEO-03',
	family: 'geolocation',
	reads: ['tiktokApp.locationServices'],
	severity: severityFor('medium', 'high'),
	judge: values => (values['tiktokApp.locationServices'].value ? risk('on') : ok),
	fixes: {tiktok: appFix(tiktokLocationServices)},
	examples: {risky: [{'tiktokApp.locationServices': known(true)}], ok: [{'tiktokApp.locationServices': known(false)}]},
});
