import {known} from '../model/observed.js';
import {severityFor} from '../model/severity.js';
import {snapchatGhostMode} from '../questions/snapchat.js';
import {defineRule, ok, risk} from './define-rule.js';
import {appFix} from './fix-steps.js';

export default defineRule({
	id: 'snap-map-location',
	ref: 'GEO-01',
	family: 'geolocation',
	reads: ['snapchatApp.ghostMode'],
	severity: severityFor('high', 'critical'),
	title: 'Your friends can see where you are on the Snap Map',
	why: 'Real-time location is the most dangerous thing to share, and "friends" is not a safe audience: most stalkers know their victim, 61% of female victims being stalked by a partner (NNEDV/CDC, 2017).',
	okText: 'Ghost Mode is on: nobody sees your location.',
	judge: values => (values['snapchatApp.ghostMode'].value ? ok : risk('Ghost Mode is off: friends see your live location')),
	fixes: {snapchat: appFix('Snapchat', snapchatGhostMode, 'Turn on "Ghost Mode".')},
	examples: {risky: [{'snapchatApp.ghostMode': known(false)}], ok: [{'snapchatApp.ghostMode': known(true)}]},
});
