import {isAtLeast} from '../model/audience.js';
import {known} from '../model/observed.js';
import {severityFor} from '../model/severity.js';
import {defineRule, ok, riskTo} from './define-rule.js';
import {facebookFixes, linkedinFix} from './fix-steps.js';

export default defineRule({
	id: 'findable-by-phone',
	ref: 'CON-03',
	family: 'contact',
	reads: ['lookupByPhoneAudience'],
	context: ['phoneOnAccount'],
	severity: severityFor('medium', 'high'),
	judge({lookupByPhoneAudience: audience}, context) {
		if (!isAtLeast(audience.value, 'friends-of-friends')) {
			return ok;
		}

		// Still a risk without a phone on the account (adding one later re-opens it), but a smaller one.
		const noPhone = context.phoneOnAccount?.value === false;
		return riskTo('findable', audience.value, noPhone ? severityFor('low', 'medium') : undefined);
	},
	fixes: {facebook: facebookFixes.findAndContact, linkedin: linkedinFix('discover-by-phone', '2026-01', 'L')},
	examples: {
		risky: [{lookupByPhoneAudience: known('public')}, {lookupByPhoneAudience: known('friends-of-friends')}],
		ok: [{lookupByPhoneAudience: known('only-me')}, {lookupByPhoneAudience: known('friends')}],
	},
});
