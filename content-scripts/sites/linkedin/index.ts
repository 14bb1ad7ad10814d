import type {PageSpec} from '../../define-site.js';
import {defineSite} from '../../define-site.js';
import {normalizeText, wordings} from '../../dom/normalize-text.js';
import {identifyLinkedIn} from './identify.js';
import {labelsEn} from './labels-en.js';
import {contactAddress, contactBirthday, contactBirthYear, contactPhone} from './read-contact-info.js';
import {permittedServiceCount} from './read-services.js';
import {discovery, emailVisibility, labelledSwitch, onOff, switchById} from './readers.js';

// Matches only label texts, roles and the switch ids LinkedIn's own settings use: artdeco-* and
// hashed classes are styling. Facts and vintage: platform-pages-2.md §4 (LinkedIn, 2025–26).

/** A path of www.linkedin.com, without a trailing slash; other hosts never match. */
const linkedInPath = (url: URL): string | undefined =>
	(url.hostname === 'www.linkedin.com' ? url.pathname.replace(/\/+$/, '') : undefined);

const switchReady = 'main input[role="switch"], main [role="switch"]';

/** A settings page of the viewer's own account at www.linkedin.com/mypreferences/d/<path>. */
const settingsPage = (path: string, ready: string, fields: PageSpec['fields']): PageSpec => ({
	url: `https://www.linkedin.com/mypreferences/d/${path}`,
	matches: url => linkedInPath(url) === `/mypreferences/d/${path}`,
	owner: 'account',
	ready,
	fields,
	examples: [`https://www.linkedin.com/mypreferences/d/${path}`, `https://www.linkedin.com/mypreferences/d/${path}/`],
});

export default defineSite({
	id: 'linkedin',
	name: 'LinkedIn',
	matches: ['https://www.linkedin.com/*'],
	languages: {en: labelsEn},
	contentRoot: 'main, [role="main"]',
	identify: identifyLinkedIn,
	// Own-profile edit controls (platform-pages-2.md §4.4, M), or the contact info overlay's own-view
	// heading "Your Profile" (§4.3; anyone else's reads "<Name>'s Profile").
	showsOwnerControls: context => context.document.querySelector('a[href*="/edit/forms/intro/"], a[aria-label*="Edit intro"]') !== null
		|| [...context.document.querySelectorAll('[role="dialog"] h3')].some(heading => wordings(context.labels.yourProfile).includes(normalizeText(heading.textContent ?? ''))),
	checkupUrl: 'https://www.linkedin.com/mypreferences/d/categories/privacy',
	pages: {
		'visibility-settings': settingsPage('categories/profile-visibility',
			'main a[href*="/mypreferences/d/settings/"]', {
				email: emailVisibility,
				connectionsVisible: onOff('connectionsRow'),
				lookupByEmailAudience: discovery('discoverByEmailRow'),
				lookupByPhoneAudience: discovery('discoverByPhoneRow'),
			}),
		'data-for-ai': settingsPage('settings/data-for-ai-improvement', switchReady, {
			aiTrainingAllowed: labelledSwitch('aiTraining'),
		}),
		'ads-beyond-linkedin': settingsPage('settings/ads-beyond-linkedin', switchReady, {
			adsBeyondLinkedIn: switchById('allowLinkedInAudienceNetwork'),
		}),
		'permitted-services': settingsPage('permitted-services', 'main button, main [role="button"], main h1, main h2', {
			activeAppCount: permittedServiceCount,
		}),
		// Your own profile with its contact info overlay open (platform-pages-2.md §4.3). Loading the
		// overlay's address directly forwards to the profile (M), so it is read when opened from the
		// profile's "Contact info" link; `/in/me/` stands for your own vanity name (§4.4, M).
		'contact-info': {
			url: 'https://www.linkedin.com/in/me/',
			reachedByClick: true,
			matches: url => /^\/in\/[^/]+\/overlay\/contact-info$/.test(linkedInPath(url) ?? ''),
			owner: 'profile',
			ready: '[role="dialog"] h3',
			fields: {
				birthdayDayMonth: contactBirthday,
				birthdayYear: contactBirthYear,
				phone: contactPhone,
				address: contactAddress,
			},
			examples: ['https://www.linkedin.com/in/robin-example-0000/overlay/contact-info/', 'https://www.linkedin.com/in/robin-example-0000/overlay/contact-info'],
		},
	},
});
