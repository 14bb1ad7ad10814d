import {known} from '../model/observed.js';
import {severityFor} from '../model/severity.js';
import {defineRule, ok, risk} from './define-rule.js';
import {googleFix} from './fix-steps.js';

// GEO-01: someone sees where you are right now. Google's Location sharing page (platform-pages-3.md
// §2.1 screen 210, H) lists the people; only how many is kept, never who. The catalog grades five or
// fewer named people Medium for adults, more High; a teen's live location is Critical either way
// (a parent's share through Family Link is one to confirm, not to assume).
export default defineRule({
	id: 'live-location-sharing',
	ref: 'GEO-01',
	family: 'geolocation',
	reads: ['liveLocationShares'],
	severity: severityFor('high', 'critical'),
	judge({liveLocationShares: {value: count}}) {
		if (count === 0) {
			return ok;
		}

		const values = {count: {count}};
		return count > 5 ? risk('sharing', {values}) : risk('sharing', {values, severity: severityFor('medium', 'critical')});
	},
	// How each share is shown and stopped is not in the reference (L).
	fixes: {google: googleFix('location-sharing', '2023-01', 'L')},
	examples: {risky: [{liveLocationShares: known(1)}, {liveLocationShares: known(7)}], ok: [{liveLocationShares: known(0)}]},
});
