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
	judge: values => (values['snapchatApp.ghostMode'].value ? ok : risk('off')),
	fixes: {snapchat: appFix(snapchatGhostMode)},
	examples: {risky: [{'snapchatApp.ghostMode': known(false)}], ok: [{'snapchatApp.ghostMode': known(true)}]},
});
