import {audienceWho, isAtLeast} from '../model/audience.js';
import {known} from '../model/observed.js';
import {severityFor} from '../model/severity.js';
import {defineRule, ok, risk} from './define-rule.js';
import {facebookFixes, linkedinFix} from './fix-steps.js';

export default defineRule({
	id: 'findable-by-email',
	ref: 'CON-04',
	family: 'contact',
	reads: ['lookupByEmailAudience'],
	context: ['emailOnAccount'],
	severity: severityFor('medium', 'high'),
	title: 'People who have your email address can find your profile',
	why: 'Email look-up de-anonymises accounts: a Twitter flaw of this kind let 5.4 million accounts be matched to their emails (Twitter disclosure, 2022).',
	okText: 'Only friends or you can look you up by email address.',
	judge({lookupByEmailAudience: audience}, context) {
		if (!isAtLeast(audience.value, 'friends-of-friends')) {
			return ok;
		}

		const noEmail = context.emailOnAccount?.value === false;
		return risk(`${audienceWho[audience.value]} can look you up by your email address`, noEmail ? severityFor('low', 'medium') : undefined, audience.value);
	},
	fixes: {
		facebook: facebookFixes.findAndContact('Who can look you up using the email address you provided?', 'Only me'),
		linkedin: linkedinFix('visibility-settings', ['Visibility', 'Profile discovery using email address'], 'Choose "Nobody" (or "1st-degree connections").', '2026-01', 'L'),
	},
	examples: {
		risky: [{lookupByEmailAudience: known('public')}],
		ok: [{lookupByEmailAudience: known('only-me')}, {lookupByEmailAudience: known('friends')}],
	},
});
