import {isAtLeast, isWiderThan, narrowest, type Audience} from '../../model/audience.js';
import {siteValue} from '../../model/message.js';
import {isKnown} from '../../model/observed.js';
import {severityFor} from '../../model/severity.js';
import birthdateVisible from '../birthdate-visible.js';
import {exposedTo, notSet, shownTo} from '../exposed-to.js';
import {defineCrossRule, view, type Part, type SiteView} from './define-cross-rule.js';

/** Who sees a birthday part on one site; undefined when hidden, not set, or not read. */
const part = (site: SiteView, field: 'birthdayDayMonth' | 'birthdayYear'): Audience | undefined => {
	const observed = site.observations[field];
	return isKnown(observed) ? exposedTo(observed) : undefined;
};

// BD-01/BD-02 across sites: the day and month on one profile and the year on another make the whole
// date for anyone who can see both, i.e. the narrower of the two audiences.
export default defineCrossRule({
	id: 'birthdate-across-sites',
	ref: 'BD-01, BD-02 (across sites)',
	family: 'birthdate',
	reads: ['birthdayDayMonth', 'birthdayYear'],
	severity: severityFor('high', 'critical'),
	judge(views) {
		// The widest audience one site already shows the whole date to: the per-site rule reports that.
		const alone = views.flatMap(site => {
			const dayMonth = part(site, 'birthdayDayMonth');
			const year = part(site, 'birthdayYear');
			return dayMonth && year ? [narrowest(dayMonth, year)] : [];
		});
		let best: {audience: Audience; dayMonth: SiteView; year: SiteView} | undefined;
		for (const dayMonthSite of views) {
			for (const yearSite of views) {
				const dayMonth = part(dayMonthSite, 'birthdayDayMonth');
				const year = part(yearSite, 'birthdayYear');
				const both = dayMonthSite !== yearSite && dayMonth && year ? narrowest(dayMonth, year) : undefined;
				if (both && (!best || isWiderThan(both, best.audience))) {
					best = {audience: both, dayMonth: dayMonthSite, year: yearSite};
				}
			}
		}

		if (!best || alone.some(audience => !isWiderThan(best.audience, audience))) {
			return {risky: false};
		}

		const parts: Part[] = [{site: best.dayMonth.site, role: 'birthday'}, {site: best.year.site, role: 'birthday'}];
		return {
			risky: true,
			parts,
			reach: best.audience,
			exposure: {id: 'pieced', values: {
				site: siteValue(best.dayMonth.site, best.dayMonth.siteName), otherSite: siteValue(best.year.site, best.year.siteName), audience: {audience: best.audience},
			}},
			...(isAtLeast(best.audience, 'friends-of-friends') ? {} : {severity: severityFor('medium', 'high')}),
		};
	},
	fixes: {birthday: birthdateVisible},
	examples: {
		risky: [
			[view('a', {birthdayDayMonth: shownTo('public'), birthdayYear: shownTo('only-me')}), view('b', {birthdayDayMonth: shownTo('only-me'), birthdayYear: shownTo('public')})],
			[view('a', {birthdayDayMonth: shownTo('friends'), birthdayYear: notSet}), view('b', {birthdayYear: shownTo('public')})],
		],
		ok: [
			[view('a', {birthdayDayMonth: shownTo('public'), birthdayYear: shownTo('only-me')}), view('b', {birthdayDayMonth: shownTo('public'), birthdayYear: shownTo('only-me')})],
			// One site already shows the whole date to Public: nothing more is learnt from the other.
			[view('a', {birthdayDayMonth: shownTo('public'), birthdayYear: shownTo('public')}), view('b', {birthdayDayMonth: shownTo('public'), birthdayYear: shownTo('friends')})],
		],
	},
});
