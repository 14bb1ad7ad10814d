import {isAtLeast} from '../model/audience.js';
import {severityFor} from '../model/severity.js';
import {defineRule, ok, riskTo} from './define-rule.js';
import {exposedTo, notSet, shownTo} from './exposed-to.js';
import {facebookFixes, googleAboutMeFix, linkedinFix, youtubeFix} from './fix-steps.js';

export default defineRule({
	id: 'email-visible',
	ref: 'CON-02',
	family: 'contact',
	reads: ['email'],
	severity: severityFor('medium', 'high'),
	judge: ({email}) => {
		const audience = exposedTo(email);
		return audience && isAtLeast(audience, 'friends-of-friends') ? riskTo('visible', audience) : ok;
	},
	// YouTube: a business email behind the About panel's button (platform-pages-3.md §3.3 calls its gating unknown: L).
	fixes: {facebook: facebookFixes.contact, linkedin: linkedinFix('visibility-settings'), google: googleAboutMeFix, youtube: youtubeFix('channel-about', 'L')},
	examples: {
		risky: [{email: shownTo('public')}, {email: shownTo('friends-of-friends')}],
		ok: [{email: shownTo('friends')}, {email: notSet}],
	},
});
