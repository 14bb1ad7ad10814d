import linkedin from '../../../src/core/sites/linkedin.js';
import {defineSiteReaders} from '../../define-site-readers.js';
import {normalizeText, wordings} from '../../dom/normalize-text.js';
import {identifyLinkedIn} from './identify.js';
import {labelsEn} from '../../../src/core/labels/linkedin/en.js';
import {contactAddress, contactBirthday, contactBirthYear, contactPhone} from './read-contact-info.js';
import {permittedServiceCount} from './read-permitted-services.js';
import {labelledSwitch, switchById} from './read-switches.js';
import {discoveryChoice} from './read-discovery-page.js';
import {discovery, emailVisibility, onOff} from './read-visibility-rows.js';

// Matches only label texts, roles and the switch ids LinkedIn's own settings use: artdeco-* and
// hashed classes are styling.

const switchReady = 'main input[role="switch"], main [role="switch"]';
const radioReady = 'main input[type="radio"], main [role="radio"]';

export default defineSiteReaders(linkedin, {
	// English only: a page in another language of the description's readIn gets its table from the worker
	// (src/core/labels/index.ts), so this bundle does not grow with each language.
	languages: {en: labelsEn},
	contentRoot: 'main, [role="main"]',
	// Activity posts (data-urn urn:li:activity:…).
	skip: '[role="article"], [data-urn^="urn:li:activity:"]',
	identify: identifyLinkedIn,
	// Own-profile edit controls (platform-pages-2.md §4.4, M), or the contact info overlay's own-view
	// heading "Your Profile" (§4.3; anyone else's reads "<Name>'s Profile").
	showsOwnerControls: context => context.document.querySelector('a[href*="/edit/forms/intro/"], a[aria-label*="Edit intro"]') !== null
		|| [...context.document.querySelectorAll('[role="dialog"] h3')].some(heading => wordings(context.labels.yourProfile).includes(normalizeText(heading.textContent ?? ''))),
	pages: {
		'visibility-settings': {
			ready: 'main a[href*="/mypreferences/d/settings/"]',
			fields: {
				email: emailVisibility,
				connectionsVisible: onOff('connectionsRow'),
				lookupByEmailAudience: discovery('discoverByEmailRow'),
				lookupByPhoneAudience: discovery('discoverByPhoneRow'),
			},
		},
		'data-for-ai': {ready: switchReady, fields: {aiTrainingAllowed: labelledSwitch('aiTraining')}},
		'ads-beyond-linkedin': {ready: switchReady, fields: {adsBeyondLinkedIn: switchById('allowLinkedInAudienceNetwork')}},
		'ads-inferred-location': {ready: switchReady, fields: {adsInferredLocation: switchById('allowIpToPersonalizeAds')}},
		'ads-by-age': {ready: switchReady, fields: {adsByAge: switchById('allowAdsByAge')}},
		'ads-by-gender': {ready: switchReady, fields: {adsByGender: switchById('allowAdsByGender')}},
		'ads-interests': {ready: switchReady, fields: {adsByInterests: switchById('adsPrivacyAllowInterestsAndBehaviors')}},
		'ads-business-interactions': {ready: switchReady, fields: {adsFromBusinessInteractions: switchById('allowUseOfThirdPartyData')}},
		'ads-related-actions': {ready: switchReady, fields: {adsConversionTracking: switchById('allowConversionTrackings')}},
		'research': {ready: switchReady, fields: {researchDataSharing: switchById('allowAnonymizedDataResearch')}},
		'discover-by-email': {ready: radioReady, fields: {lookupByEmailAudience: discoveryChoice('discoverByEmailRow')}},
		'discover-by-phone': {ready: radioReady, fields: {lookupByPhoneAudience: discoveryChoice('discoverByPhoneRow')}},
		'permitted-services': {
			ready: 'main button, main [role="button"], main h1, main h2',
			fields: {activeAppCount: permittedServiceCount},
		},
		'contact-info': {
			ready: '[role="dialog"] h3',
			fields: {
				birthdayDayMonth: contactBirthday,
				birthdayYear: contactBirthYear,
				phone: contactPhone,
				address: contactAddress,
			},
		},
	},
});
