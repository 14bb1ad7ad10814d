import {siteValue} from '../../model/message.js';
import {isKnown} from '../../model/observed.js';
import {severityFor} from '../../model/severity.js';
import currentCityPublic from '../current-city-public.js';
import {exposedTo, notSet, shownTo} from '../exposed-to.js';
import hometownPublic from '../hometown-public.js';
import {defineCrossRule, view, type Part} from './define-cross-rule.js';

const places = ['currentCity', 'hometown'] as const;

// LOC-02/LOC-03 across sites. Overshare never stores the place itself (promise 6), so it cannot say
// the places are the same: it says what it knows, a city or hometown public on two or more profiles.
export default defineCrossRule({
	id: 'city-on-several-sites',
	ref: 'LOC-02, LOC-03 (across sites)',
	family: 'location',
	reads: places,
	severity: severityFor('low', 'medium'),
	judge(views) {
		const parts: Part[] = views.flatMap(site => places
			.filter(field => {
				const observed = site.observations[field];
				return isKnown(observed) && exposedTo(observed) === 'public';
			})
			.map(role => ({site: site.site, role})));
		const sites = views.filter(site => parts.some(part => part.site === site.site)).map(site => siteValue(site.site, site.siteName));
		return sites.length < 2 ? {risky: false} : {risky: true, parts, exposure: {id: 'public-on', values: {sites: {sites}}}};
	},
	fixes: {currentCity: currentCityPublic, hometown: hometownPublic},
	examples: {
		risky: [
			[view('a', {currentCity: shownTo('public'), hometown: notSet}), view('b', {currentCity: notSet, hometown: shownTo('public')})],
			[view('a', {currentCity: shownTo('public')}), view('b', {currentCity: shownTo('public')}), view('c', {currentCity: notSet})],
		],
		ok: [
			[view('a', {currentCity: shownTo('public'), hometown: shownTo('public')}), view('b', {currentCity: shownTo('friends')})],
			[view('a', {currentCity: notSet}), view('b', {currentCity: shownTo('public')})],
		],
	},
});
