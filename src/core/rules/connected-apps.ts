import {known} from '../model/observed.js';
import {severityFor} from '../model/severity.js';
import {defineRule, ok, risk} from './define-rule.js';
import {googleFix, instagramFix, stravaFix} from './fix-steps.js';

// TP-01: the pages list apps but not when each was last used, so any active app counts as
// "possibly unused" (Medium) and more than ten is High. Facebook's and Instagram's active apps, X's connected
// apps and LinkedIn's permitted services are counted alike; only the number is kept.
export default defineRule({
	id: 'connected-apps',
	ref: 'TP-01',
	family: 'third-party',
	reads: ['activeAppCount'],
	severity: severityFor('high', 'high'),
	judge({activeAppCount: {value: count}}) {
		if (count === 0) {
			return ok;
		}

		const values = {count: {count}};
		return count > 10 ? risk('apps', {values}) : risk('apps', {values, severity: severityFor('medium', 'high')});
	},
	fixes: {
		facebook: {page: 'settings-apps', confirmed: '2025-06', confidence: 'H'},
		// platform-pages.md §1.1 (path H, 2025-07; hub "Apps and sessions" M, 2026-10 note); risks-and-settings.md (b) X (M).
		x: {page: 'settings-connected-apps', confirmed: '2026-10', confidence: 'M'},
		// platform-pages.md §5.1 (address H, 2024–26); risks-and-settings.md (b) LinkedIn (M); the page's own wording is not known (L).
		linkedin: {page: 'permitted-services', confirmed: '2026-01', confidence: 'L'},
		// platform-pages.md §3.1 (/accounts/manage_access/, M, 2023 client referers); the tabs are L.
		instagram: instagramFix('apps-and-websites', '2026-01', 'L'),
		// platform-pages-3.md §2.1 (screen 431, H) and §2.2 ("See details" per connection, M, 2023–24).
		google: googleFix('connections', '2024-01', 'M'),
		// platform-pages-3.md §1.1 (/settings/apps, L, 2026): the button and empty-list wordings are guesses.
		strava: stravaFix('L', 'settings-apps'),
	},
	examples: {risky: [{activeAppCount: known(3)}, {activeAppCount: known(14)}], ok: [{activeAppCount: known(0)}]},
});
