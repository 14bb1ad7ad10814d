import {JSDOM} from 'jsdom';
import {describe, expect, test} from 'vitest';
import {detectReadablePage} from '../content-scripts/detect-readable-page.js';
import {createPageContext, extractPage} from '../content-scripts/extract-page.js';
import {siteReaders} from '../content-scripts/sites/index.js';
import {identifyTikTok} from '../content-scripts/sites/tiktok/identify.js';
import {labelsEn} from '../src/core/labels/tiktok/en.js';
import {everyoneOrFriends, labelledSwitch, rowAudience} from '../content-scripts/sites/tiktok/read-privacy-tab.js';
import {auditSite} from '../src/core/audit/build-audit.js';
import {known, unknown} from '../src/core/model/observed.js';
import {rules} from '../src/core/rules/index.js';
import {sites} from '../src/core/sites/index.js';
import {listFixtures, loadDocument} from './fixtures.js';

// Tiny pages in the shape of platform-pages-2.md §3.2–3.4 and §5: the embedded data script, the
// owner-only "Edit profile" button, and TUX rows; everything else a real page has is left out.

const tiktok = sites.find(site => site.id === 'tiktok')!;
const viewer = {id: '1', uniqueId: 'sam.placeholder', secUid: 'S1'};
const risky = {privateAccount: false, secret: false, followingVisibility: 1, openFavorite: true, commentSetting: 0, duetSetting: 0, stitchSetting: 0, downloadSetting: 0, isUnderAge18: false};

const script = (json: string) => `<script id="__UNIVERSAL_DATA_FOR_REHYDRATION__" type="application/json">${json}</script>`;
const scope = (user: unknown, shown: unknown, statusCode: unknown = 0) => script(JSON.stringify({__DEFAULT_SCOPE__: {
	'webapp.app-context': {user},
	...(shown === undefined ? {} : {'webapp.user-detail': {statusCode, userInfo: {user: shown}}}),
}}));
const ownProfile = (settings: Record<string, unknown>) => scope(viewer, {...viewer, ...settings});
const editButton = '<button data-e2e="edit-profile-entrance">Edit profile</button>';

function load(head: string, body: string, url = 'https://www.tiktok.com/@sam.placeholder') {
	const {document} = new JSDOM(`<!DOCTYPE html><html lang="en"><head>${head}</head><body>${body}</body></html>`, {url}).window;
	return document;
}

const readProfile = (head: string, body = editButton, url?: string) => {
	const document = load(head, body, url);
	return extractPage(detectReadablePage(siteReaders, document.location.href)!, document);
};

describe('profile: the embedded settings (§3.4)', () => {
	test('each key maps to its finding', () => {
		expect(readProfile(ownProfile(risky)).observations).toEqual({
			accountPrivate: known(false), followingListAudience: known('public'), likedVideosPublic: known(true),
			commentsAudience: known('public'), duetAudience: known('public'), stitchAudience: known('public'), downloadsAllowed: known(true),
			accountUnder18: known(false),
		});
		expect(readProfile(ownProfile({privateAccount: true, secret: true, followingVisibility: 2, openFavorite: false, commentSetting: 1, duetSetting: 1, stitchSetting: 3, downloadSetting: 3, isUnderAge18: true})).observations)
			.toEqual({
				accountPrivate: known(true), followingListAudience: known('only-me'), likedVideosPublic: known(false),
				commentsAudience: known('friends'), duetAudience: known('friends'), stitchAudience: known('only-me'), downloadsAllowed: known(false),
				accountUnder18: known(true),
			});
	});

	test.each([
		['strings for numbers and booleans', {privateAccount: 'false', followingVisibility: '1', openFavorite: 'true', commentSetting: '0', duetSetting: '0', stitchSetting: '0', downloadSetting: '0', isUnderAge18: 'true'}],
		['nulls, arrays and objects', {privateAccount: null, followingVisibility: [1], openFavorite: {}, commentSetting: null, duetSetting: [], stitchSetting: {value: 0}, downloadSetting: null, isUnderAge18: null}],
		['values never observed (2, 3 for comments, -1)', {privateAccount: 0, followingVisibility: 0, openFavorite: 1, commentSetting: 3, duetSetting: 2, stitchSetting: 2, downloadSetting: 1, isUnderAge18: 1}],
	])('%s are unrecognized, never ok', (_, settings) => {
		const reading = readProfile(ownProfile(settings));
		expect(reading.status).toBe('read');
		expect(Object.values(reading.observations)).toEqual(Array(8).fill(unknown('unrecognized-value')));
	});

	test('missing keys are element-missing', () => {
		expect(Object.values(readProfile(ownProfile({})).observations)).toEqual(Array(8).fill(unknown('element-missing')));
	});

	test('privateAccount and secret disagreeing is not a value', () => {
		expect(readProfile(ownProfile({privateAccount: true, secret: false})).observations.accountPrivate).toEqual(unknown('unrecognized-value'));
		expect(readProfile(ownProfile({privateAccount: true})).observations.accountPrivate).toEqual(known(true));
	});

	test('a sample\'s JSON with wrong types and missing keys gives unknown, and no finding is ok', () => {
		const fixture = listFixtures().find(candidate => candidate.site === 'tiktok' && candidate.pageKind === 'profile' && candidate.name === 'risky')!;
		const document = loadDocument(fixture);
		const data = document.getElementById('__UNIVERSAL_DATA_FOR_REHYDRATION__')!;
		const parsed = JSON.parse(data.textContent!) as {__DEFAULT_SCOPE__: Record<string, {userInfo?: {user: Record<string, unknown>}}>};
		const user = parsed.__DEFAULT_SCOPE__['webapp.user-detail']!.userInfo!.user;
		Object.assign(user, {privateAccount: 'no', followingVisibility: null, openFavorite: 0, commentSetting: '1', duetSetting: 1.5, isUnderAge18: 'false'});
		delete user.stitchSetting;
		delete user.downloadSetting;
		data.textContent = JSON.stringify(parsed);
		const reading = extractPage(detectReadablePage(siteReaders, fixture.url)!, document);
		expect(reading.status).toBe('read');
		expect(Object.values(reading.observations).every(observed => observed.state === 'unknown')).toBe(true);
		const audit = auditSite(tiktok, [{pageKind: 'profile', readAt: 1, observations: reading.observations}], rules, 'teen13');
		expect(audit.findings.length).toBeGreaterThan(0);
		expect(audit.findings.filter(finding => finding.status !== 'unknown')).toEqual([]);
	});
});

describe('identifyTikTok', () => {
	const other = {id: '2', uniqueId: 'robin.example', secUid: 'S2'};
	test.each([
		['the viewer\'s own profile', ownProfile(risky), undefined, 'own'],
		['the own-profile alias /profile', ownProfile(risky), 'https://www.tiktok.com/profile', 'own'],
		['someone else\'s profile', scope(viewer, other), 'https://www.tiktok.com/@robin.example', 'other'],
		['same handle, another secUid', scope(viewer, {...viewer, secUid: 'S9'}), undefined, 'other'],
		['signed out ("user":{})', scope({}, viewer), undefined, 'logged-out'],
		['no viewer key, nothing else to tell', script(JSON.stringify({__DEFAULT_SCOPE__: {'webapp.app-context': {}, 'webapp.user-detail': {statusCode: 0, userInfo: {user: viewer}}}})), undefined, 'unsure'],
		['no embedded data', '', undefined, 'unsure'],
		['unparseable data', script('{"__DEFAULT_SCOPE__":{'), undefined, 'unsure'],
		['data of another type', script('[1,2,3]'), undefined, 'unsure'],
		['a viewer without a uniqueId', scope({nickName: 'Sam'}, viewer), undefined, 'unsure'],
		['a profile not found (statusCode 10221)', scope(viewer, viewer, 10221), undefined, 'unsure'],
		['a statusCode of "0"', scope(viewer, viewer, '0'), undefined, 'unsure'],
		['data naming the viewer at another handle\'s URL (stale after in-app navigation)', ownProfile(risky), 'https://www.tiktok.com/@robin.example', 'unsure'],
	])('%s', (_, head, url, identity) => {
		expect(identifyTikTok(load(head, '', url), 'profile')).toBe(identity);
	});

	test('no viewer in the data: the "Log in" button alone says signed out; with the avatar too, or neither, unsure', () => {
		const noViewer = script(JSON.stringify({__DEFAULT_SCOPE__: {'webapp.app-context': {language: 'en'}, 'webapp.user-detail': {statusCode: 0, userInfo: {user: viewer}}}}));
		const login = '<button data-e2e="top-login-button">Log in</button>';
		const avatar = '<div data-e2e="profile-icon"></div>';
		expect(identifyTikTok(load(noViewer, login), 'profile')).toBe('logged-out');
		expect(identifyTikTok(load('', login), 'profile')).toBe('logged-out');
		expect(identifyTikTok(load(noViewer, login, 'https://www.tiktok.com/setting'), 'account')).toBe('logged-out');
		expect(identifyTikTok(load(noViewer, login + avatar), 'profile')).toBe('unsure');
		expect(identifyTikTok(load(noViewer, '<button>Log in</button>'), 'profile')).toBe('unsure');
	});

	test('a settings page that does not show who is signed in is "couldn\'t confirm the account", not someone else\'s', () => {
		const document = load(script('{"__DEFAULT_SCOPE__":{}}'), '', 'https://www.tiktok.com/setting?activeTab=privacy');
		const reading = extractPage(detectReadablePage(siteReaders, document.location.href)!, document);
		expect(reading.status).toBe('account-unconfirmed');
		expect(Object.values(reading.observations)).toContainEqual(unknown('account-unconfirmed'));
		expect(Object.values(reading.observations).every(observed => observed.state === 'unknown')).toBe(true);
	});

	test('ids above 2^53 are never compared: the handle and secUid decide', () => {
		const json = `{"__DEFAULT_SCOPE__":{"webapp.app-context":{"user":{"uid":6800000000000000001,"uniqueId":"sam.placeholder","secUid":"S1"}},"webapp.user-detail":{"statusCode":0,"userInfo":{"user":{"id":6800000000000000002,"uniqueId":"sam.placeholder","secUid":"S1"}}}}}`;
		expect(identifyTikTok(load(script(json), ''), 'profile')).toBe('own');
	});

	test('settings pages are the signed-in viewer\'s own', () => {
		expect(identifyTikTok(load(scope(viewer, undefined), '', 'https://www.tiktok.com/setting'), 'account')).toBe('own');
		expect(identifyTikTok(load(scope({}, undefined), '', 'https://www.tiktok.com/setting'), 'account')).toBe('logged-out');
	});

	test('own data but a follow button, or no "Edit profile", is not yours', () => {
		for (const body of ['<button data-e2e="follow-button">Follow</button>', `${editButton}<button data-e2e="follow-button">Follow</button>`, '<button>Edit profile</button>']) {
			const reading = readProfile(ownProfile(risky), body);
			expect(reading.status).toBe('not-own-profile');
			expect(Object.values(reading.observations).every(observed => observed.state === 'unknown')).toBe(true);
		}
	});
});

describe('settings Privacy tab (§3.2)', () => {
	const settings = (body: string) => {
		const document = load(scope(viewer, undefined), body, 'https://www.tiktok.com/setting?activeTab=privacy');
		return {document, context: createPageContext(document, labelsEn, document.body)};
	};

	const row = (title: string, subtitle: string, trailing: string) =>
		`<div class="tux-list-cell"><div><p>${title}</p><p>${subtitle}</p></div><div>${trailing}</div></div>`;
	const tuxSwitch = (aria: string, input: string) => `<div role="switch"${aria}><input type="checkbox" hidden${input}></div>`;
	const readPrivate = labelledSwitch('privateAccount');
	const readComments = rowAudience('commentsRow', everyoneOrFriends);

	test.each([
		['aria-checked and the hidden checkbox agree', tuxSwitch(' aria-checked="true"', ' checked'), known(true)],
		['aria-checked alone', '<div role="switch" aria-checked="false"></div>', known(false)],
		['the hidden checkbox alone', '<div><input type="checkbox" hidden checked></div>', known(true)],
		['aria-checked and the checkbox disagree', tuxSwitch(' aria-checked="true"', ''), unknown('unrecognized-value')],
	])('private account: %s', (_, trailing, expected) => {
		expect(readPrivate(settings(row('Private account', 'Only users you approve can follow you.', trailing)).context)).toEqual(expected);
	});

	test('the live .checked property is read, not the checked attribute', () => {
		const {document, context} = settings(row('Private account', '', '<input type="checkbox" checked>'));
		document.querySelector('input')!.checked = false;
		expect(readPrivate(context)).toEqual(known(false));
	});

	test('a label without its own switch never borrows a neighbour\'s', () => {
		const {context} = settings(`<section>${row('Private account', 'Help', '<button>Change</button>')}${row('Personalized ads', 'Ads help', '<div role="switch" aria-checked="true"></div>')}</section>`);
		expect(readPrivate(context)).toEqual(unknown('element-missing'));
	});

	test.each([
		['the value on the next line', row('Comments', 'Who can comment on your posts', '<span>Friends</span><svg></svg>'), known('friends')],
		['"Everyone"', row('Comments', 'Who can comment on your posts', '<span>Everyone</span>'), known('public')],
		['a value the web never shows', row('Comments', 'Who can comment on your posts', '<span>No one</span>'), unknown('unrecognized-value')],
		['no description', row('Comments', '', '<span>Everyone</span>'), unknown('element-missing')],
		['two descriptions', row('Comments', 'Who can comment on your posts', '<span>Friends</span>').repeat(2), unknown('element-missing')],
		['a row without its value, before another known row', `<section>${row('Comments', 'Who can comment on your posts', '<svg></svg>')}${row('Duet', 'Who can Duet with your posts', '<span>Everyone</span>')}</section>`, unknown('element-missing')],
		['a row without its value, before an unknown row', `<section>${row('Comments', 'Who can comment on your posts', '<svg></svg>')}${row('Downloads', 'Allow downloads', '<span>Everyone</span>')}</section>`, unknown('unrecognized-value')],
	])('comments: %s', (_, body, expected) => {
		expect(readComments(settings(body).context)).toEqual(expected);
	});

	test('the Duet row answers to the older "remix" wording too', () => {
		const {context} = settings(row('Duet', 'Who can remix your posts', '<span>Everyone</span>'));
		expect(rowAudience('duetRow', everyoneOrFriends)(context)).toEqual(known('public'));
	});
});
