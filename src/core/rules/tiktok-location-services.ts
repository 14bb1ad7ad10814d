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
	title: 'TikTok uses your device location',
	why: 'Location the app collects without a conscious choice each time can tie your posts and feed to where you are ("cybercasing", Friedland and Sommer, 2010); TikTok still estimates it from your network when this is off (TikTok help).',
	okText: 'TikTok location services are off.',
	judge: values => (values['tiktokApp.locationServices'].value ? risk('"Location services" is on') : ok),
	fixes: {tiktok: appFix('TikTok', tiktokLocationServices, 'Turn off "Location services".')},
	examples: {risky: [{'tiktokApp.locationServices': known(true)}], ok: [{'tiktokApp.locationServices': known(false)}]},
});
