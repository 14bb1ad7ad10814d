import {isAtLeast, widest, type Audience} from '../../model/audience.js';
import {siteValue} from '../../model/message.js';
import {known, isKnown} from '../../model/observed.js';
import {severityFor} from '../../model/severity.js';
import bioPhone from '../bio-phone.js';
import {exposedTo, notSet, shownTo} from '../exposed-to.js';
import findableByPhoneX from '../findable-by-phone-x.js';
import findableByPhone from '../findable-by-phone.js';
import phoneVisible from '../phone-visible.js';
import {defineCrossRule, view, type SiteView} from './define-cross-rule.js';

/** Who sees a phone number on this site: the profile field or the bio, the wider of the two. */
function phoneShownOn(site: SiteView): {audience: Audience; role: 'phone' | 'bioPhone'} | undefined {
	const found = (['phone', 'bioPhone'] as const).flatMap(role => {
		const observed = site.observations[role];
		const audience = isKnown(observed) ? exposedTo(observed) : undefined;
		return audience ? [{audience, role}] : [];
	});
	return found.length === 0 ? undefined : found.find(entry => entry.audience === widest(...found.map(other => other.audience)));
}

/** Who can find this account by phone number: an audience setting (Facebook, LinkedIn) or X's switch. */
function findableBy(site: SiteView): {audience: Audience; role: 'lookup' | 'findable'} | undefined {
	const lookup = site.observations.lookupByPhoneAudience;
	if (isKnown(lookup) && isAtLeast(lookup.value, 'friends-of-friends')) {
		return {audience: lookup.value, role: 'lookup'};
	}

	const findable = site.observations.findableByPhone;
	return isKnown(findable) && findable.value ? {audience: 'public', role: 'findable'} : undefined;
}

// CON-01 + CON-03 across sites: a number shown on one profile is the key to finding your account on
// another, which is how phone look-up ties pseudonymous accounts to people (E10, E11).
export default defineCrossRule({
	id: 'phone-shown-and-findable',
	ref: 'CON-01, CON-03 (across sites)',
	family: 'contact',
	reads: ['phone', 'bioPhone', 'lookupByPhoneAudience', 'findableByPhone'],
	severity: severityFor('high', 'critical'),
	judge(views) {
		for (const shownSite of views) {
			const shown = phoneShownOn(shownSite);
			const other = shown && views.find(site => site !== shownSite && findableBy(site));
			if (shown && other) {
				const findable = findableBy(other)!;
				return {
					risky: true,
					parts: [{site: shownSite.site, role: shown.role}, {site: other.site, role: findable.role}],
					reach: shown.audience,
					exposure: {id: 'shown-and-findable', values: {
						audience: {audience: shown.audience}, site: siteValue(shownSite.site, shownSite.siteName),
						who: {audience: findable.audience}, otherSite: siteValue(other.site, other.siteName),
					}},
					...(isAtLeast(shown.audience, 'friends-of-friends') ? {} : {severity: severityFor('medium', 'high')}),
				};
			}
		}

		return {risky: false};
	},
	fixes: {phone: phoneVisible, bioPhone, lookup: findableByPhone, findable: findableByPhoneX},
	examples: {
		risky: [
			[view('a', {phone: shownTo('public')}), view('b', {findableByPhone: known(true)})],
			[view('a', {bioPhone: shownTo('public')}), view('b', {lookupByPhoneAudience: known('public')})],
			[view('a', {phone: shownTo('friends'), lookupByPhoneAudience: known('only-me')}), view('b', {lookupByPhoneAudience: known('friends-of-friends')})],
		],
		ok: [
			[view('a', {phone: shownTo('public'), lookupByPhoneAudience: known('public')}), view('b', {findableByPhone: known(false)})],
			[view('a', {phone: notSet}), view('b', {findableByPhone: known(true)})],
			[view('a', {phone: shownTo('only-me')}), view('b', {lookupByPhoneAudience: known('friends')})],
		],
	},
});
