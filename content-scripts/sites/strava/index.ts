import strava from '../../../src/core/sites/strava.js';
import {defineSiteReaders} from '../../define-site-readers.js';
import {labelsEn} from '../../../src/core/labels/strava/en.js';
import {identifyStrava} from './identify.js';
import {appButtons, connectedAppCount} from './read-apps.js';
import {profileLocationSet} from './read-athlete.js';
import {headedChoice, labelledCheckbox} from './read-privacy-controls.js';

// Read by headings, option wordings, native radio and checkbox state, ARIA and the page's
// CurrentAthlete JSON: never by class names (the privacy page's markup is unknown, §1.6).

const everyoneFollowersOnlyYou = [['everyone', 'public'], ['followers', 'friends'], ['onlyYou', 'only-me']] as const;
// Group Activities' third option was "No One" in 2018 and is "Only You" now (§1.2, M).
const groupChoices = [...everyoneFollowersOnlyYou, ['noOne', 'only-me']] as const;
// Flyby: Everyone / No One (Strava help, M). Local Legends: "No One" is evidenced (M), the rest is a guess (L).
const everyoneFollowersNoOne = [['everyone', 'public'], ['followers', 'friends'], ['noOne', 'only-me']] as const;

export default defineSiteReaders(strava, {
	// English only: the description reads no other language yet.
	languages: {en: labelsEn},
	// No landmark of these pages is documented; the header's links are never a heading with a group.
	contentRoot: 'body',
	identify: identifyStrava,
	// The athlete page's owner check compares the live path id with the viewer's id: it cannot go stale
	// after in-app navigation, so the rendered page is asked the same question again.
	showsOwnerControls: context => identifyStrava(context.document, 'profile') === 'own',
	pages: {
		'settings-privacy': {
			ready: 'input[type="radio"], [role="radio"], input[type="checkbox"]',
			readAround: ['input:is([type="radio"], [type="checkbox"])', '[role="radio"]'],
			fields: {
				profilePageAudience: headedChoice('profilePage', [['everyone', 'public'], ['followers', 'friends']]),
				activitiesAudience: headedChoice('activities', everyoneFollowersOnlyYou),
				groupActivitiesAudience: headedChoice('groupActivities', groupChoices),
				hideStartEndAtAddresses: labelledCheckbox('hideAtAddresses'),
				hideStartEndEverywhere: labelledCheckbox('hideEverywhere'),
				hideActivityMaps: labelledCheckbox('hideMap'),
				aggregatedDataContribution: labelledCheckbox('aggregatedData'),
				flybyAudience: headedChoice('flyby', everyoneFollowersNoOne),
				localLegendsAudience: headedChoice('localLegends', everyoneFollowersNoOne),
				mentionsAudience: headedChoice('mentions', everyoneFollowersNoOne),
			},
		},
		athlete: {
			ready: 'script',
			fields: {profileLocationSet},
		},
		'settings-apps': {
			ready: 'button, [role="button"], input[type="submit"], h1, h2',
			// Everything the count is taken among, as one selector: the part read must hold every candidate.
			readAround: [appButtons],
			fields: {activeAppCount: connectedAppCount},
		},
	},
});
