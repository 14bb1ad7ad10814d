import {JSDOM} from 'jsdom';
import {afterEach, describe, expect, test} from 'vitest';
import {detectReadablePage} from '../content-scripts/detect-readable-page.js';
import {extractPage} from '../content-scripts/extract-page.js';
import {forgetAddresses, noteAddress} from '../content-scripts/page-history.js';
import {siteReaders} from '../content-scripts/sites/index.js';
import {known, unknown} from '../src/core/model/observed.js';
import {listFixtures} from './fixtures.js';

// YouTube (platform-pages-3.md §3): the embedded ytInitialData is parsed, never run; it is valid only
// on a full load; a privacy switch needs its key, English title and `enabled` to agree with the
// rendered switch; a channel is read only when its header and address say it is the viewer's own.

const sampleHtml = (pageKind: string, name: string) =>
	listFixtures().find(fixture => fixture.site === 'youtube' && fixture.pageKind === pageKind && fixture.name === name)!.html;
const privacyUrl = 'https://www.youtube.com/account_privacy';
const aboutUrl = 'https://www.youtube.com/@sam.placeholder/about';

function read(html: string, url: string, loadedAt?: string) {
	const {window} = new JSDOM(html, {url});
	if (loadedAt) {
		Object.defineProperty(window.performance, 'getEntriesByType', {value: (type: string) => (type === 'navigation' ? [{name: loadedAt}] : [])});
	}

	return {document: window.document, reading: () => extractPage(detectReadablePage(siteReaders, url)!, window.document)};
}

afterEach(forgetAddresses);

describe('YouTube embedded data after in-app navigation', () => {
	test('loaded here: read', () => {
		expect(read(sampleHtml('account-privacy', 'risky'), privacyUrl, privacyUrl).reading().status).toBe('read');
		expect(read(sampleHtml('channel-about', 'risky'), aboutUrl, aboutUrl).reading().status).toBe('read');
	});

	test.each([
		['account-privacy', privacyUrl, 'https://www.youtube.com/'],
		['channel-about', aboutUrl, 'https://www.youtube.com/watch?v=aaaaaaaaaaa'],
		['channel-about', aboutUrl, 'https://www.youtube.com/@sam.placeholder'],
	])('%s loaded at another address: nothing is read, "page did not finish loading"', (pageKind, url, loadedAt) => {
		const {reading} = read(sampleHtml(pageKind, 'risky'), url, loadedAt);
		expect(reading().status).toBe('page-not-ready');
		expect(Object.values(reading().observations).every(observed => observed.state === 'unknown' && observed.reason === 'page-not-ready')).toBe(true);
	});

	test('loaded here, then away and back in the app: stale', () => {
		noteAddress(privacyUrl);
		noteAddress('https://www.youtube.com/feed/history');
		expect(read(sampleHtml('account-privacy', 'risky'), privacyUrl, privacyUrl).reading().status).toBe('page-not-ready');
	});
});

describe('YouTube Settings › Privacy switches', () => {
	const toggle = (document: Document, title: string) =>
		[...document.querySelectorAll('ytd-settings-switch-renderer')].find(row => row.textContent!.includes(title))!.querySelector('tp-yt-paper-toggle-button')!;
	const flip = (element: Element, on: boolean) => {
		element.setAttribute('aria-pressed', String(on));
		element.toggleAttribute('checked', on);
	};

	test('the rendered switch is followed once it agreed with the data (the live tick)', () => {
		const {document, reading} = read(sampleHtml('account-privacy', 'risky'), privacyUrl);
		expect(reading().observations.followingListAudience).toEqual(known('public'));
		flip(toggle(document, 'Keep all my subscriptions private'), true);
		expect(reading().observations.followingListAudience).toEqual(known('only-me'));
		expect(reading().observations.savedPlaylistsPublic).toEqual(known(true));
	});

	test('a rendered switch that disagrees with the data when first read is couldn\'t check, before and after a change', () => {
		const {document, reading} = read(sampleHtml('account-privacy', 'risky'), privacyUrl);
		const control = toggle(document, 'Keep all my saved playlists private');
		flip(control, true);
		expect(reading().observations.savedPlaylistsPublic).toEqual(unknown('unrecognized-value'));
		flip(control, false);
		expect(reading().observations.savedPlaylistsPublic).toEqual(unknown('unrecognized-value'));
	});

	test('signs of the state that disagree on one switch (aria-pressed vs checked) are couldn\'t check', () => {
		const {document, reading} = read(sampleHtml('account-privacy', 'risky'), privacyUrl);
		toggle(document, 'Keep all my subscriptions private').toggleAttribute('checked', true);
		expect(reading().observations.followingListAudience).toEqual(unknown('unrecognized-value'));
	});

	test('boolValue is never read: swapping it changes nothing', () => {
		const html = sampleHtml('account-privacy', 'risky').replaceAll('"boolValue":false', '"boolValue":"x"').replaceAll('"boolValue":true', '"boolValue":false').replaceAll('"boolValue":"x"', '"boolValue":true');
		expect(read(html, privacyUrl).reading().observations).toEqual(read(sampleHtml('account-privacy', 'risky'), privacyUrl).reading().observations);
	});

	test('a non-boolean enabled, or the data not JSON, is couldn\'t check', () => {
		const risky = sampleHtml('account-privacy', 'risky');
		expect(read(risky.replaceAll('"enabled":false', '"enabled":"false"'), privacyUrl).reading().observations.followingListAudience).toEqual(unknown('unrecognized-value'));
		expect(read(risky.replace('var ytInitialData = {', 'var ytInitialData = {,'), privacyUrl).reading().observations.followingListAudience).toEqual(unknown('element-missing'));
	});

	test('data nested deeper than any settings page is not walked to the end: couldn\'t check', () => {
		// The risky page's own data, valid in every part, wrapped 60 levels deep.
		const wrap = (levels: number) => sampleHtml('account-privacy', 'risky').replace(/var ytInitialData = (.*?);<\/script>/s, (_, data: string) =>
			`var ytInitialData = {"responseContext":{"mainAppWebResponseContext":{"loggedOut":false}},"x":${'{"a":'.repeat(levels)}${data}${'}'.repeat(levels)}};</script>`);
		expect(read(wrap(5), privacyUrl).reading().observations.followingListAudience).toEqual(known('public'));
		expect(read(wrap(60), privacyUrl).reading().observations.followingListAudience).toEqual(unknown('element-missing'));
	});

	test('signed-in signs that disagree (LOGGED_IN true, but a sign-in link and no avatar): whose account is not confirmed', () => {
		const html = sampleHtml('account-privacy', 'risky')
			.replace('<button id="avatar-btn" aria-label="Account menu" aria-haspopup="true"></button>', '<a href="https://accounts.google.com/ServiceLogin?service=youtube">Sign in</a>');
		expect(read(html, privacyUrl).reading().status).toBe('account-unconfirmed');
	});
});

describe('YouTube channel About: only your own', () => {
	const risky = sampleHtml('channel-about', 'risky');

	test('an address naming another channel than the data is not yours', () => {
		expect(read(risky, 'https://www.youtube.com/@alex.example/about').reading().status).toBe('not-own-profile');
		expect(read(risky, 'https://www.youtube.com/channel/UCalexExample00000000000002/about').reading().status).toBe('not-own-profile');
		expect(read(risky, 'https://www.youtube.com/channel/UCsamPlaceholder0000000001/about').reading().status).toBe('read');
	});

	test('a header with a subscribe button as well as Studio buttons is someone else\'s', () => {
		const html = risky.replace('"actions":[{"buttonViewModel"', '"actions":[{"subscribeButtonViewModel":{}},{"buttonViewModel"');
		expect(read(html, aboutUrl).reading().status).toBe('not-own-profile');
	});

	test('own in the data but a subscribe button on the page (stale render): not yours', () => {
		const html = risky.replace('</ytd-browse>', '<yt-subscribe-button-view-model></yt-subscribe-button-view-model></ytd-browse>');
		expect(read(html, aboutUrl).reading().status).toBe('not-own-profile');
	});

	test('an About panel for another channel id than the page is couldn\'t check', () => {
		const html = risky.replace('"channelId":"UCsamPlaceholder0000000001"', '"channelId":"UCalexExample00000000000002"');
		const {observations} = read(html, aboutUrl).reading();
		expect(observations.channelCountry).toEqual(unknown('element-missing'));
	});

	test('links that are not link view models are couldn\'t check; the description is kept only as text for the bio scan', () => {
		const html = risky.replace('{"channelExternalLinkViewModel":', '{"somethingElse":');
		expect(read(html, aboutUrl).reading().observations.channelLinkCount).toEqual(unknown('unrecognized-value'));
	});
});

describe('YouTube inline data in a page sample', async () => {
	const {inlineData} = await import('../content-scripts/capture/inline-data.js');

	test('only a plain data assignment is kept, and of ytcfg only LOGGED_IN', () => {
		expect(inlineData('var ytInitialData = {"a":1};')).toEqual({id: 'ytInitialData', json: '{"a":1}'});
		expect(inlineData('ytcfg.set({"LOGGED_IN":true,"DATASYNC_ID":"x"});')).toEqual({id: 'ytcfg', json: '{"LOGGED_IN":true}'});
		expect(inlineData('var ytInitialData = {"a":1}; fetch("https://example.com")')).toBeUndefined();
		expect(inlineData('var ytInitialPlayerResponse = {"a":1};')).toBeUndefined();
		expect(inlineData('var ytInitialData = [1];')).toBeUndefined();
	});
});
