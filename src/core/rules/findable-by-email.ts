import {isAtLeast} from '../model/audience.js';
import {known} from '../model/observed.js';
import {severityFor} from '../model/severity.js';
import {defineRule, ok, riskTo} from './define-rule.js';
import {facebookFixes, linkedinFix} from './fix-steps.js';

export default defineRule({
	id: 'findable-by-email',
	ref: 'CON-04',
	family: 'contact',
	reads: ['lookupByEmailAudience'],
	context: ['emailOnAccount'],
	severity: severityFor('medium', 'high'),
	judge({lookupByEmailAudience: audience}, context) {
		if (!isAtLeast(audience.value, 'friends-of-friends')) {
			return ok;
		}

		const noEmail = context.emailOnAccount?.value === false;
		return riskTo('findable', audience.value, noEmail ? severityFor('low', 'medium') : undefined);
	},
	fixes: {facebook: facebookFixes.findAndContact, linkedin: linkedinFix('discover-by-email', '2026-01', 'L')},
	examples: {
		risky: [{lookupByEmailAudience: known('public')}],
		ok: [{lookupByEmailAudience: known('only-me')}, {lookupByEmailAudience: known('friends')}],
	},
});
