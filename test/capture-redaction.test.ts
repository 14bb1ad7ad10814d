import {JSDOM} from 'jsdom';
import {expect, test} from 'vitest';
import {captureSample} from '../content-scripts/capture/capture-sample.js';
import {captureReply} from '../content-scripts/capture/listen.js';
import {detectReadablePage} from '../content-scripts/detect-readable-page.js';
import {siteReaders} from '../content-scripts/sites/index.js';
import {listFixtures, loadDocument} from './fixtures.js';

const meta = {date: new Date('2026-03-04T00:00:00Z'), version: '0.1.0'};

/** Captures a page built from `body` (and `head`) at a page kind's URL; returns the sample's document. */
function capture(url: string, body: string, head = '', change?: (document: Document) => void): {html: string; sample: Document} {
	const document = new JSDOM(`<html lang="en"><head>${head}</head><body>${body}</body></html>`, {url}).window.document;
	change?.(document);
	const {html} = captureSample(detectReadablePage(siteReaders, url)!, document, meta);
	return {html, sample: new JSDOM(html).window.document};
}

const instagram = 'https://www.instagram.com/accounts/who_can_see_your_content/';

test('live control states are written into attributes: a saved page otherwise keeps the first render\'s', () => {
	const body = '<main><input type="checkbox" id="a" checked><input type="radio" id="b"><select id="c"><option selected>Public</option><option>Only me</option></select><div role="switch" aria-checked="false" id="d"></div></main>';
	const {sample} = capture(instagram, body, '', document => {
		(document.getElementById('a') as HTMLInputElement).checked = false;
		(document.getElementById('b') as HTMLInputElement).checked = true;
		(document.getElementById('c') as HTMLSelectElement).selectedIndex = 1;
		document.getElementById('d')!.setAttribute('aria-checked', 'true');
	});
	expect(sample.getElementById('a')!.hasAttribute('checked')).toBe(false);
	expect(sample.getElementById('b')!.hasAttribute('checked')).toBe(true);
	expect([...sample.querySelectorAll('option')].map(option => option.hasAttribute('selected'))).toEqual([false, true]);
	expect(sample.getElementById('d')!.getAttribute('aria-checked')).toBe('true');
});

test('labels stay; names, handles, handlers, styles and media go', () => {
	const body = `<main><h1 onclick="steal()" style="color:red">Robin Example</h1><span>Private account</span>
		<a href="https://www.instagram.com/robin.example/?hl=en" aria-label="Robin Example">@robin.example</a><a href="/accounts/edit/">x</a><a href="mailto:robin@example.com">mail</a>
		<div data-testid="UserAvatar-Container-robin.example" id="row-100012345" aria-labelledby="row-100012345"></div>
		<img src="https://cdn.example/p.jpg" alt="Robin"><svg><title>Shared with Close friends</title><image href="x.png"></image></svg>
		<textarea id="pepBio">Call me on 555 0100</textarea><input type="text" name="email" value="robin@example.com"><input name="city" value="Springfield"><input type="hidden" value="token-1"></main>`;
	const {html, sample} = capture(instagram, body, '', document => {
		// Typed after the page was drawn: the live value, not the attribute, says whether there is one.
		(document.querySelector('[name="city"]') as HTMLInputElement).value = '';
	});
	expect(html).not.toMatch(/robin|555|springfield|token|steal|color:red|cdn\.example|<img|<image/i);
	expect(sample.querySelector('h1')!.textContent).toBe('[text]');
	expect(sample.querySelector('span')!.textContent).toBe('Private account');
	expect([...sample.querySelectorAll('a')].map(link => link.getAttribute('href'))).toEqual(['https://www.instagram.com/x/', '/accounts/edit/', '#']);
	expect(sample.querySelector('[data-testid]')!.getAttribute('data-testid')).toBe('UserAvatar-Container-x');
	// The id and the reference to it get the same stand-in.
	const row = sample.querySelector('[data-testid]')!;
	expect(row.id).toMatch(/^row-1\d{6}$/);
	expect(row.getAttribute('aria-labelledby')).toBe(row.id);
	expect(sample.querySelector('textarea')!.textContent).toBe('[text]');
	expect([...sample.querySelectorAll('input')].map(input => input.getAttribute('value'))).toEqual(['[text]', null, null]);
	expect(sample.querySelector('title')!.textContent).toBe('[text]');
});

test('page data keeps its shape: equal ids stay equal, different ones differ, codes and booleans stay, nothing closes the script', () => {
	const data = {viewer: {uniqueId: 'robin', secUid: 'S1'}, shown: {uniqueId: 'robin', secUid: 'S1'}, other: {uniqueId: 'sam'}, privateAccount: true, commentSetting: 1, followers: 1204, id: '100012345', bio: '</script><script>alert(1)</script>'};
	const head = `<script id="__UNIVERSAL_DATA_FOR_REHYDRATION__" type="application/json">${JSON.stringify(data).replace(/</g, '\\u003c')}</script><script>var secret = 1;</script>`;
	const {html, sample} = capture('https://www.tiktok.com/setting?activeTab=privacy', '<main></main>', head);
	const scripts = sample.querySelectorAll('script');
	expect(scripts).toHaveLength(1);
	const redacted = JSON.parse(scripts[0]!.textContent!);
	expect(redacted.viewer).toEqual(redacted.shown);
	expect(redacted.other.uniqueId).not.toBe(redacted.viewer.uniqueId);
	expect([redacted.privateAccount, redacted.commentSetting]).toEqual([true, 1]);
	expect(redacted.followers).not.toBe(1204);
	expect(redacted.id).toMatch(/^\d+$/);
	expect(html).not.toMatch(/robin|alert|secret|100012345|<\/script><script/);
});

test('Google\'s WIZ_global_data is kept as JSON data, never as code, with the signed-in address replaced', () => {
	const head = '<script nonce="n1">window.WIZ_global_data = {"oPEP7c":"robin.example@example.com","S06Grb":"100000000000000000001","DpimGf":false};</script><script>window.other = {"a":1};</script>';
	const {html, sample} = capture('https://myaccount.google.com/shared-endorsements', '<main></main>', head);
	const scripts = sample.querySelectorAll('script');
	expect(scripts).toHaveLength(1);
	expect([scripts[0]!.id, scripts[0]!.getAttribute('type')]).toEqual(['WIZ_global_data', 'application/json']);
	const redacted = JSON.parse(scripts[0]!.textContent!);
	expect(redacted.oPEP7c).toMatch(/^s\d+$/);
	expect(redacted.DpimGf).toBe(false);
	expect(html).not.toMatch(/robin|example\.com|100000000000000000001|window\./);
});

test('a text that starts with labels keeps them and blanks the rest: "Shared with" and a custom list\'s name', () => {
	const {sample} = capture('https://www.facebook.com/me/about_places', '<div role="main"><div aria-label="Shared with Smith family" role="img"></div><span>Current city Springfield</span></div>');
	expect(sample.querySelector('[role="img"]')!.getAttribute('aria-label')).toBe('Shared with [text]');
	expect(sample.querySelector('span')!.textContent).toBe('Current city [text]');
});

test('own accounts only: a sample is saved of your own page, never of someone else\'s, a signed-out page or another page', () => {
	const fixtures = listFixtures().filter(fixture => fixture.site === 'tiktok' && fixture.pageKind === 'profile');
	const reply = (name: string) => {
		const fixture = fixtures.find(candidate => candidate.name === name)!;
		return captureReply(siteReaders, loadDocument(fixture), fixture.url, meta.date, meta.version);
	};

	expect(reply('risky')).toMatchObject({ok: true, fileName: 'overshare-sample-tiktok-profile-2026-03-04.html'});
	expect(reply('not-own')).toEqual({ok: false, reason: 'not-own-profile'});
	expect(reply('logged-out')).toEqual({ok: false, reason: 'logged-out'});
	const elsewhere = new JSDOM('<html><body></body></html>', {url: 'https://www.tiktok.com/foryou'}).window.document;
	expect(captureReply(siteReaders, elsewhere, 'https://www.tiktok.com/foryou', meta.date, meta.version)).toEqual({ok: false, reason: 'not-a-page'});
});

test('a blanked text keeps what kind of value it was, never the value: a typed input, contact points, a year, link ids', () => {
	const body = `<main><span>robin@example.com · +1 555-010-0142</span><span>+1 ***-***-**42</span><span>March 3, 1990</span><span>Robin Example</span>
		<a href="/settings/connected_apps/100000001">a</a><a href="/settings/connected_apps/100000002">b</a><a href="/settings/connected_apps/100000001">c</a></main>`;
	const {html, sample} = capture('https://x.com/settings/connected_apps', body, '', document => {
		const input = document.createElement('input');
		input.name = 'location';
		document.querySelector('main')!.append(input);
		input.value = 'Springfield';
	});
	expect(html).not.toMatch(/robin|555|42|1990|springfield|10000000/i);
	expect([...sample.querySelectorAll('span')].map(span => span.textContent)).toEqual(['*@* · ***-***-****', '***-***-****', '[text] 0000', '[text]']);
	expect(sample.querySelector('input')!.getAttribute('value')).toBe('[text]');
	const links = [...sample.querySelectorAll('a')].map(link => link.getAttribute('href'));
	expect(links[0]).toMatch(/^\/settings\/connected_apps\/1\d{6}$/);
	expect(new Set(links).size).toBe(2);
	expect(links[2]).toBe(links[0]);
});

test('a choice\'s stored value stays (LinkedIn checks "Nobody" against JUST_ME), with long numbers in it replaced; typed values never', () => {
	const body = '<main><input type="radio" name="d" value="JUST_ME" checked><input type="checkbox" value="member-12345678"><input type="text" value="Robin"><input type="hidden" value="JUST_ME"></main>';
	const {html, sample} = capture('https://www.linkedin.com/mypreferences/d/settings/discover-me-by-email-address', body);
	expect([...sample.querySelectorAll('input')].map(input => input.getAttribute('value'))).toEqual(['JUST_ME', expect.stringMatching(/^member-1\d{6}$/), '[text]', null]);
	expect(html).not.toMatch(/robin|12345678/i);
});
