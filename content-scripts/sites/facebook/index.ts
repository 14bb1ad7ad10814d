import facebook from '../../../src/core/sites/facebook.js';
import {defineSiteReaders} from '../../define-site-readers.js';
import {normalizeText, wordings} from '../../dom/normalize-text.js';
import {elementsToRead} from '../../dom/inside.js';
import {findLabelled} from '../../find-labelled.js';
import {identifyFacebook} from './identify.js';
import {labelsEn} from '../../../src/core/labels/facebook/en.js';
import {readActiveAppCount} from './read-active-apps.js';
import {aboutDetail} from './read-about-details.js';
import {readContactPoint} from './read-contact-points.js';
import {settingAudience, settingSwitch} from './read-settings.js';

// Matches only labels, roles, ARIA and page JSON: Facebook's atomic class names change every build.

/** An About tab has rendered its rows: the profile's app section, or a row's audience icon. */
const aboutReady = '[role="main"] [data-pagelet^="ProfileAppSection"], [role="main"] [aria-label^="Shared with"], [role="main"] [aria-label^="Compartido con"]';
/** A settings page has rendered its audience buttons. */
const audienceButtonsReady = '[role="main"] [role="button"][aria-label^="Edit privacy"], [role="main"] [role="button"][aria-label^="Editar privacidad"]';

export default defineSiteReaders(facebook, {
	// English only: a page in another language of the description's readIn gets its table from the worker
	// (src/core/labels/index.ts), so this bundle does not grow with each language.
	languages: {en: labelsEn},
	contentRoot: '[role="main"]',
	// Feeds and posts (role="feed", role="article"): a profile's timeline, never an About row or a setting.
	skip: '[role="feed"], [role="article"]',
	identify: identifyFacebook,
	showsOwnerControls: context => findLabelled(context, 'ownerControls').length > 0
		// The content root's own elements (posts passed over), not '[role="main"] [aria-label]' over the
		// whole document: that selector climbs from every labelled element of the app to the top.
		|| elementsToRead(context.root).slice(1).filter(element => element.hasAttribute('aria-label'))
			.some(element => wordings(context.labels.ownerControls).includes(normalizeText(element.getAttribute('aria-label') ?? ''))),
	pages: {
		'about-contact-and-basic-info': {
			ready: aboutReady,
			fields: {
				birthdayDayMonth: aboutDetail('birthDate'),
				birthdayYear: aboutDetail('birthYear'),
				address: aboutDetail('address', 'noAddress'),
				phone: aboutDetail('phone', 'noPhone'),
				email: aboutDetail('email', 'noEmail'),
			},
		},
		'about-contact-info': {
			ready: aboutReady,
			fields: {
				address: aboutDetail('address', 'noAddress'),
				phone: aboutDetail('phone', 'noPhone'),
				email: aboutDetail('email', 'noEmail'),
			},
		},
		'about-basic-info': {
			ready: aboutReady,
			fields: {
				birthdayDayMonth: aboutDetail('birthDate'),
				birthdayYear: aboutDetail('birthYear'),
			},
		},
		'about-places': {
			ready: aboutReady,
			fields: {
				currentCity: aboutDetail('currentCity', 'noCurrentCity'),
				hometown: aboutDetail('hometown', 'noHometown'),
			},
		},
		'settings-posts': {
			ready: audienceButtonsReady,
			fields: {futurePostsAudience: settingAudience('futurePosts')},
		},
		'settings-find-and-contact': {
			ready: audienceButtonsReady,
			fields: {
				friendRequestsAudience: settingAudience('friendRequests'),
				friendsListAudience: settingAudience('friendsList'),
				lookupByEmailAudience: settingAudience('lookupByEmail'),
				lookupByPhoneAudience: settingAudience('lookupByPhone'),
				searchEngineLinking: settingSwitch('searchEngines'),
			},
		},
		'settings-profile-and-tagging': {
			ready: '[role="main"] [role="switch"]',
			fields: {
				taggedPostsAudience: settingAudience('taggedPosts'),
				reviewTaggedPosts: settingSwitch('reviewTaggedPosts'),
				reviewTagsOnOwnPosts: settingSwitch('reviewTags'),
			},
		},
		'settings-apps': {
			ready: '[role="main"] [role="tab"]',
			fields: {activeAppCount: readActiveAppCount},
		},
		'accounts-center-contact-points': {
			ready: '[role="main"] [role="listitem"]',
			fields: {
				phoneOnAccount: readContactPoint('phone'),
				emailOnAccount: readContactPoint('email'),
			},
		},
	},
});
