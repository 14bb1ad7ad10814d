import {known} from '../model/observed.js';
import {severityFor} from '../model/severity.js';
import {defineRule, ok, risk} from './define-rule.js';
import {googleFix} from './fix-steps.js';

// GEO-04: a stored history of everywhere you went. Google's Timeline (Location History until 2024)
// keeps it on your devices since the 2024 move, 3 months by default (platform-pages-3.md §2.2, H);
// the on/off control is still on myactivity (§2.1 screen 227, H; switch §2.3, M).
export default defineRule({
	id: 'location-history-on',
	ref: 'GEO-04',
	family: 'geolocation',
	reads: ['locationHistory'],
	severity: severityFor('medium', 'high'),
	judge: ({locationHistory}) => (locationHistory.value ? risk('on') : ok),
	fixes: {google: googleFix('activity-location', '2024-12', 'M')},
	examples: {risky: [{locationHistory: known(true)}], ok: [{locationHistory: known(false)}]},
});
