import google from '../../../src/core/sites/google.js';
import {defineSiteReaders} from '../../define-site-readers.js';
import {identifyGoogle} from './identify.js';
import {labelsEn} from '../../../src/core/labels/google/en.js';
import {aboutMeRows, placesLived, rowAudience} from './read-about-me.js';
import {activitySwitch, countByControl, labelledToggle, sharingCheckbox} from './read-controls.js';

// Matches only screen ids (`data-rid`), link targets, roles, ARIA and label texts: Google's class
// names and `jsname`s change with every build (platform-pages-3.md §0, §2.3).

const birthday = rowAudience(aboutMeRows.birthday);

export default defineSiteReaders(google, {
	// English only: a page in Spanish (the description's readIn) gets its table from the worker
	// (src/core/labels/index.ts), so this bundle does not grow with each language.
	languages: {en: labelsEn},
	// The live page is the last `body > c-wiz` (§2.3, M); the header with the account menu is outside
	// it, and so are earlier pages the app keeps. Not every page is known to have one, so the body is
	// the fallback. Reading only the live page also spares walking the app around it (bench (g)).
	contentRoot: 'body > c-wiz:last-of-type, body',
	identify: identifyGoogle,
	// Asked only of pages anyone's profile can be shown on; every page of these hosts is the
	// signed-in account's own (owner "account"), so it is never asked.
	showsOwnerControls: () => false,
	pages: {
		profile: {
			ready: '[data-rid], a[href]',
			fields: {
				// One choice covers the whole birthday (§2.2): day, month and year share its audience.
				birthdayDayMonth: birthday,
				birthdayYear: birthday,
				gender: rowAudience(aboutMeRows.gender),
				phone: rowAudience(aboutMeRows.phone),
				email: rowAudience(aboutMeRows.email),
				address: rowAudience(aboutMeRows.homeAddress),
				workAddress: rowAudience(aboutMeRows.workAddress),
				// Places lived is one list with one audience: where you live and where you lived.
				currentCity: placesLived,
				hometown: placesLived,
			},
		},
		'activity-location': {ready: activitySwitch, fields: {locationHistory: labelledToggle('timeline', activitySwitch)}},
		'activity-web-app': {ready: activitySwitch, fields: {webAppActivity: labelledToggle('webAppActivity', activitySwitch)}},
		'location-sharing': {ready: 'button, [role="button"], h1', fields: {liveLocationShares: countByControl('stopSharing', 'notSharing')}},
		connections: {ready: 'a[href], button, h1', fields: {activeAppCount: countByControl('seeDetails', 'noConnections')}},
		'shared-endorsements': {ready: sharingCheckbox, fields: {sharedEndorsements: labelledToggle('sharedEndorsements', sharingCheckbox)}},
	},
});
