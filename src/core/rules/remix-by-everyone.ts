import {isAtLeast} from '../model/audience.js';
import {known} from '../model/observed.js';
import {severityFor} from '../model/severity.js';
import {defineRule, ok, risk} from './define-rule.js';
import {tiktokFix} from './fix-steps.js';

// PHO-05, Duet and Stitch: either open to everyone lets strangers reuse your videos in their own.
export default defineRule({
	id: 'remix-by-everyone',
	ref: 'PHO-05',
	family: 'photos',
	reads: ['duetAudience', 'stitchAudience'],
	severity: severityFor('low', 'high'),
	judge({duetAudience: duet, stitchAudience: stitch}) {
		const duetOpen = isAtLeast(duet.value, 'friends-of-friends');
		const stitchOpen = isAtLeast(stitch.value, 'friends-of-friends');
		return duetOpen || stitchOpen ? risk(duetOpen && stitchOpen ? 'both' : duetOpen ? 'duet' : 'stitch') : ok;
	},
	// Duet on the web settings; Stitch only in the app (its step says so).
	fixes: {tiktok: tiktokFix('settings-privacy')},
	examples: {
		risky: [{duetAudience: known('public'), stitchAudience: known('only-me')}, {duetAudience: known('friends'), stitchAudience: known('public')}],
		ok: [{duetAudience: known('friends'), stitchAudience: known('only-me')}],
	},
});
