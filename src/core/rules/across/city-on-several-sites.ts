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
	title: 'A city or hometown is public on more than one of your profiles',
	why: 'The same place on several public profiles helps strangers tie your accounts together and narrows down where you are; 71% of teens post their city or town (Pew Research, 2013).',
	okText: 'No more than one of your profiles shows a city or hometown publicly.',
	judge(views) {
		const parts: Part[] = views.flatMap(site => places
			.filter(field => {
				const observed = site.observations[field];
				return isKnown(observed) && exposedTo(observed) === 'public';
			})
			.map(role => ({site: site.site, role})));
		const names = views.filter(site => parts.some(part => part.site === site.site)).map(site => site.siteName);
		return names.length < 2
			? {risky: false}
			: {risky: true, parts, exposure: `A city or hometown is visible to Public on ${names.join(' and ')}. If it is the same place, it links those profiles`};
	},
	fixes: {currentCity: currentCityPublic.fixes, hometown: hometownPublic.fixes},
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
