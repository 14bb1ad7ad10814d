import {accountPageAt} from './account-page-at.js';
import {defineSite} from './define-site.js';
import {pathOnHost} from './path-on-host.js';

// Facts and vintage: platform-pages-2.md §4 (LinkedIn, 2025–26).

const linkedInPath = (url: URL): string | undefined => pathOnHost('www.linkedin.com', url);

/** A settings page of the viewer's own account. */
const settingsPage = accountPageAt('www.linkedin.com', '/mypreferences/d/');

export default defineSite({
	id: 'linkedin',
	name: 'LinkedIn',
	matches: ['https://www.linkedin.com/*'],
	checkupUrl: 'https://www.linkedin.com/mypreferences/d/categories/privacy',
	readIn: ['en'],
	pages: {
		'visibility-settings': settingsPage('categories/profile-visibility',
			['email', 'connectionsVisible', 'lookupByEmailAudience', 'lookupByPhoneAudience']),
		'data-for-ai': settingsPage('settings/data-for-ai-improvement', ['aiTrainingAllowed']),
		'ads-beyond-linkedin': settingsPage('settings/ads-beyond-linkedin', ['adsBeyondLinkedIn']),
		// platform-pages-3.md §5.1 (slug) and §5.3 (switch allowIpToPersonalizeAds): H-ish, Brave PSST 2025–26.
		'ads-inferred-location': settingsPage('settings/ads-inferred-location', ['adsInferredLocation']),
		// The other data switches of §5.1/§5.3 (slugs and switch ids H-ish, Brave PSST 2025–26).
		'ads-by-age': settingsPage('settings/ads-by-age', ['adsByAge']),
		'ads-by-gender': settingsPage('settings/ads-by-gender', ['adsByGender']),
		'ads-interests': settingsPage('interest-categories', ['adsByInterests']),
		'ads-business-interactions': settingsPage('settings/ads-interactions-with-business', ['adsFromBusinessInteractions']),
		'ads-related-actions': settingsPage('settings/ads-related-actions', ['adsConversionTracking']),
		'research': settingsPage('settings/policy-and-academic-research', ['researchDataSharing']),
		// Per-setting discovery pages (§5.1, M, LinkedIn help a548106): where the Visibility rows lead, so a
		// choice made there is read there, live.
		'discover-by-email': settingsPage('settings/discover-me-by-email-address', ['lookupByEmailAudience']),
		'discover-by-phone': settingsPage('settings/discover-me-by-phone-number', ['lookupByPhoneAudience']),
		'permitted-services': settingsPage('permitted-services', ['activeAppCount']),
		// Your own profile with its contact info overlay open (platform-pages-2.md §4.3). Loading the
		// overlay's address directly forwards to the profile (M), so it is read when opened from the
		// profile's "Contact info" link; `/in/me/` stands for your own vanity name (§4.4, M).
		'contact-info': {
			url: 'https://www.linkedin.com/in/me/',
			reachedByClick: true,
			matches: url => /^\/in\/[^/]+\/overlay\/contact-info$/.test(linkedInPath(url) ?? ''),
			owner: 'profile',
			fields: ['birthdayDayMonth', 'birthdayYear', 'phone', 'address'],
			examples: ['https://www.linkedin.com/in/robin-example-0000/overlay/contact-info/', 'https://www.linkedin.com/in/robin-example-0000/overlay/contact-info'],
		},
	},
});
