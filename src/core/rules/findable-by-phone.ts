import {audienceWho, isAtLeast} from '../model/audience.js';
import {known} from '../model/observed.js';
import {severityFor} from '../model/severity.js';
import {defineRule, ok, risk} from './define-rule.js';
import {facebookFixes, linkedinFix} from './fix-steps.js';

export default defineRule({
	id: 'findable-by-phone',
	ref: 'CON-03',
	family: 'contact',
	reads: ['lookupByPhoneAudience'],
	context: ['phoneOnAccount'],
	severity: severityFor('medium', 'high'),
	title: 'People who have your phone number can find your profile',
	why: 'Phone look-up was how data on 533 million Facebook users was scraped and tied to their numbers (Facebook, April 2021).',
	okText: 'Only friends or you can look you up by phone number.',
	judge({lookupByPhoneAudience: audience}, context) {
		if (!isAtLeast(audience.value, 'friends-of-friends')) {
			return ok;
		}

		// Still a risk without a phone on the account (adding one later re-opens it), but a smaller one.
		const noPhone = context.phoneOnAccount?.value === false;
		return risk(`${audienceWho[audience.value]} can look you up by your phone number`, noPhone ? severityFor('low', 'medium') : undefined, audience.value);
	},
	fixes: {
		facebook: facebookFixes.findAndContact('Who can look you up using the phone number you provided?', 'Only me'),
		linkedin: linkedinFix('visibility-settings', ['Visibility', 'Profile discovery using phone number'], 'Choose "Nobody" (or "1st-degree connections").', '2026-01', 'L'),
	},
	examples: {
		risky: [{lookupByPhoneAudience: known('public')}, {lookupByPhoneAudience: known('friends-of-friends')}],
		ok: [{lookupByPhoneAudience: known('only-me')}, {lookupByPhoneAudience: known('friends')}],
	},
});
