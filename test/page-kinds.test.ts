import {describe, expect, test} from 'vitest';
import {detectPage} from '../src/core/sites/detect-page.js';
import {sites} from '../src/core/sites/index.js';
import {listFixtures} from './fixtures.js';

// A page reached by a click links to the page it is reached from, which is not that page kind.
const examples = sites.flatMap(site => Object.entries(site.pages).flatMap(([pageKind, page]) =>
	[...page.reachedByClick ? [] : [page.url], ...page.examples].map(url => ({site: site.id, pageKind, url}))));
const fixtureUrls = listFixtures().map(({site, pageKind, url}) => ({site, pageKind, url}));

// Pages the content script must leave alone: it only checks their URL.
const notAudited = [
	'https://www.facebook.com/',
	// Where a click reaches your own X profile and LinkedIn's contact info overlay.
	'https://x.com/home',
	'https://www.linkedin.com/in/me/',
	'https://www.facebook.com/?sk=h_chr',
	'https://www.facebook.com/me',
	'https://www.facebook.com/jane.doe.5',
	'https://www.facebook.com/jane.doe.5/about',
	'https://www.facebook.com/jane.doe.5/photos',
	'https://www.facebook.com/profile.php?id=100000000000001',
	'https://www.facebook.com/profile.php?id=100000000000001&sk=photos',
	'https://www.facebook.com/settings',
	'https://www.facebook.com/settings/?tab=language',
	'https://www.facebook.com/settings/privacy/',
	'https://www.facebook.com/messages/t/100000000000002',
	'https://www.facebook.com/groups/about_contact_and_basic_info',
	'https://www.facebook.com/settings/about_places',
	'https://m.facebook.com/me/about_contact_and_basic_info',
	'https://accountscenter.facebook.com/personal_info',
	'https://accountscenter.facebook.com/password_and_security',
	'https://www.example.com/settings/?tab=posts',
	'https://evil.example/www.facebook.com/me/about_places',
	'https://x.com/home',
	'https://x.com/settings',
	// A profile (`x.com/<handle>`) is a page kind now; its posts, X's own routes and deeper paths are not.
	'https://x.com/someone/status/1500000000000000001',
	'https://x.com/someone/about',
	'https://x.com/explore',
	'https://x.com/i/flow/login',
	'https://x.com/settings/apps_and_sessions',
	'https://x.com/settings/account',
	'https://x.com/settings/privacy_and_safety',
	'https://x.com/settings/location_information',
	'https://x.com/settings/contacts/extra',
	'https://twitter.com/settings/contacts',
	'https://evil.example/x.com/settings/contacts',
	'https://www.instagram.com/',
	'https://www.instagram.com/someone/',
	'https://www.instagram.com/accounts/login/',
	'https://www.instagram.com/accounts/edit/extra/',
	'https://www.instagram.com/accounts/manage_access/extra/',
	'https://www.instagram.com/accounts/messages_and_story_replies/story_replies/',
	'https://accountscenter.instagram.com/personal_info/birthday/',
	'https://accountscenter.instagram.com/',
	'https://evil.example/accountscenter.instagram.com/personal_info/',
	'https://instagram.com/accounts/edit/',
	'https://www.linkedin.com/feed/',
	'https://www.linkedin.com/in/someone/',
	'https://www.linkedin.com/in/someone/overlay/contact-info/extra',
	'https://www.linkedin.com/in/someone/details/experience/',
	'https://www.linkedin.com/mypreferences/d/permitted-services/extra',
	'https://www.linkedin.com/mypreferences/d/categories/account',
	'https://www.linkedin.com/mypreferences/d/categories/privacy',
	'https://www.linkedin.com/mypreferences/d/settings/ads-by-interest',
	'https://www.linkedin.com/mypreferences/m/settings/discover-me-by-email-address',
	'https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement/extra',
	'https://linkedin.com/mypreferences/d/settings/ads-beyond-linkedin',
	'https://evil.example/www.linkedin.com/mypreferences/d/categories/profile-visibility',
	'https://www.tiktok.com/',
	'https://www.tiktok.com/foryou',
	'https://www.tiktok.com/@someone/video/7300000000000000001',
	'https://www.tiktok.com/setting?activeTab=security',
	'https://www.tiktok.com/setting?activeTab=dyd',
	'https://www.tiktok.com/setting/privacy/direct-messages',
	'https://www.tiktok.com/profile/extra',
	'https://tiktok.com/@someone',
	'https://m.tiktok.com/setting',
	'https://evil.example/www.tiktok.com/setting',
	// Google: other pages of the two account hosts, other Google hosts (platform-pages-3.md §2.1), look-alikes.
	'https://www.google.com/',
	'https://www.google.com/maps/timeline',
	'https://myadcenter.google.com/controls',
	'https://accounts.google.com/ServiceLogin?service=accountsettings',
	'https://myaccount.google.com/',
	'https://myaccount.google.com/personal-info',
	'https://myaccount.google.com/profile/name',
	'https://myaccount.google.com/birthday',
	'https://myaccount.google.com/connections/link?cid=1',
	'https://myactivity.google.com/myactivity',
	'https://myactivity.google.com/activitycontrols',
	'https://myactivity.google.com/activitycontrols?settings=youtube',
	'https://myaccount.google.com/activitycontrols?settings=location',
	'https://evil.example/myaccount.google.com/profile',
	'https://myaccount.google.com.evil.example/profile',
	'not a url',
];

describe('every example and sample URL is exactly one page kind', () => {
	test.each([...examples, ...fixtureUrls].map(entry => [entry.url, entry] as const))('%s', (url, {site, pageKind}) => {
		const matching = sites.flatMap(candidate => Object.entries(candidate.pages)
			.filter(([, page]) => {
				try {
					return page.matches(new URL(url));
				} catch {
					return false;
				}
			})
			.map(([kind]) => `${candidate.id}/${kind}`));
		expect(matching).toEqual([`${site}/${pageKind}`]);
		expect(detectPage(sites, url)?.pageKind).toBe(pageKind);
	});
});

describe('other pages match no page kind', () => {
	test.each(notAudited)('%s', url => {
		expect(detectPage(sites, url)).toBeUndefined();
	});
});
