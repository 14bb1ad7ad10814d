import {JSDOM} from 'jsdom';
import {describe, expect, test} from 'vitest';
import {readablePage} from '../content-scripts/detect-readable-page.js';
import {extractPage} from '../content-scripts/extract-page.js';
import {siteReaders} from '../content-scripts/sites/index.js';

const viewer = '<script type="application/json">{"define":[["CurrentUserInitialData",[],{"ACCOUNT_ID":"1","USER_ID":"1","NAME":"A"},270]]}</script>';
const owner = '<script type="application/json">{"x":["ProfileActionBlock",{"profile_owner":{"id":"1","name":"A"}}]}</script>';

const ownerButton = '<div role="button" aria-label="Edit profile"></div>';
// X's signed-in marker (platform-pages.md §1.3): the side navigation's account switcher, outside main.
const xViewer = '<button data-testid="SideNav_AccountSwitcher_Button"></button>';
// LinkedIn's signed-in marker (platform-pages-2.md §4.4): a link to the viewer's /in/ profile in the global nav.
const linkedinViewer = '<header id="global-nav"><a href="/in/robin-example-0000/"></a></header>';
// Instagram's signed-in marker (platform-pages-2.md §2.5): the PolarisViewer define with viewer data.
const instagramViewer = '<script type="application/json">{"define":[["PolarisViewer",[],{"data":{"id":"1","username":"a"},"id":"1"},1508]]}</script>';
// TikTok's viewer and shown profile (platform-pages-2.md §3.3): the same account, with no settings keys.
const tiktokUser = '{"uniqueId":"a","secUid":"S1"}';
const tiktokData = `<script id="__UNIVERSAL_DATA_FOR_REHYDRATION__" type="application/json">{"__DEFAULT_SCOPE__":{"webapp.app-context":{"user":${tiktokUser}},"webapp.user-detail":{"statusCode":0,"userInfo":{"user":${tiktokUser}}}}}</script>`;
const tiktokOwner = '<button data-e2e="edit-profile-entrance"></button>';
// Own-profile controls on X (platform-pages.md §1.3: "Edit profile") and LinkedIn (platform-pages-2.md §4.4: "Edit intro").
// Google Account's signed-in marker (platform-pages-3.md §2.3): the inline WIZ_global_data naming the account (oPEP7c).
const googleViewer = '<script>window.WIZ_global_data = {"oPEP7c":"a@example.com"};</script>';
// Strava's viewer (platform-pages-3.md §1.3): CurrentAthlete in an inline script; its athlete page is
// reached by a click (no address opens it), so it is read where that click lands.
const stravaViewer = '<script>var currentAthlete = new Strava.Models.CurrentAthlete({"id":12345678,"logged_in":true});</script>';
const landsAt: Readonly<Record<string, string>> = {'strava/athlete': 'https://www.strava.com/athletes/12345678'};
const profileOwners = '<a data-testid="editProfileButton" href="/settings/profile"></a><a href="/in/robin-example-0000/edit/forms/intro/"></a>';
// YouTube (platform-pages-3.md §3.3): ytcfg LOGGED_IN and the avatar button; the channel header's own
// buttons in the data and "Customize channel" on the page; no switches and no About panel.
const youtubeStudio = 'https://studio.youtube.com/channel/UCa/editing/profile';
const youtubeData = `<script>ytcfg.set({"LOGGED_IN":true});</script><script>var ytInitialData = {"header":{"pageHeaderRenderer":{"content":{"pageHeaderViewModel":{"actions":{"flexibleActionsViewModel":{"actionsRows":[{"actions":[{"buttonViewModel":{"onTap":{"innertubeCommand":{"urlEndpoint":{"url":"${youtubeStudio}"}}}}}]}]}}}}}},"metadata":{"channelMetadataRenderer":{"externalId":"UCa"}}};</script>`;
const youtubeOwner = `<button id="avatar-btn"></button><a href="${youtubeStudio}">Customize channel</a>`;

// The ReclaimPrivacy failure (a missing element reported as safe), turned into a test:
// on an own, English, empty page, every extractor of every page kind must say "unknown".
describe.each(siteReaders.flatMap(readers => Object.entries(readers.site.pages).map(([pageKind, page]) => [`${readers.site.id}/${pageKind}`, readers, pageKind, page] as const)))('%s', (_, readers, pageKind, page) => {
	test.each([
		['an empty main', `<div role="main">${ownerButton}</div>`],
		['no main at all', '<div>nothing here</div>'],
		['a main of unrelated text', `<div role="main">${ownerButton}<span>Public</span><span>Friends</span><input type="checkbox" checked></div>`],
	])('on %s every field is unknown', (_label, body) => {
		const document = new JSDOM(`<html lang="en"><head>${viewer}${owner}${instagramViewer}${tiktokData}${googleViewer}${stravaViewer}${youtubeData}</head><body>${xViewer}${linkedinViewer}${tiktokOwner}${profileOwners}${youtubeOwner}${body}</body></html>`, {url: landsAt[`${readers.site.id}/${pageKind}`] ?? page.url}).window.document;
		const reading = extractPage(readablePage(readers, pageKind)!, document);
		expect(reading.status).toBe('read');
		expect(Object.keys(reading.observations).sort()).toEqual([...page.fields].sort());
		for (const observed of Object.values(reading.observations)) {
			expect(observed.state).toBe('unknown');
		}
	});
});

// After in-app navigation to someone else's profile, the page JSON can still name the viewer as the
// owner; the rendered page has no owner-only controls, so nothing is read.
test('a profile page whose JSON says "yours" but that shows no owner-only controls is read as not yours', () => {
	const [facebook] = siteReaders;
	const page = facebook!.site.pages['about-contact-and-basic-info']!;
	const body = '<div role="main"><span>(555) 010-0199</span><span>Mobile</span><div aria-label="Shared with Public"></div><div role="button">Add friend</div></div>';
	const document = new JSDOM(`<html lang="en"><head>${viewer}${owner}</head><body>${body}</body></html>`, {url: page.url}).window.document;
	const reading = extractPage(readablePage(facebook!, 'about-contact-and-basic-info')!, document);
	expect(reading.status).toBe('not-own-profile');
	expect(Object.values(reading.observations).every(observed => observed.state === 'unknown' && observed.reason === 'not-own-profile')).toBe(true);
});
