import {beforeEach, describe, expect, test, vi} from 'vitest';
import {isAllowedSender} from '../src/core/protocol/is-allowed-sender.js';
import {parseMessage} from '../src/core/protocol/parse-message.js';
import type {Message} from '../src/core/protocol/protocol.js';
import {checkInEvery, maxReasonLength} from '../src/core/review/review-state.js';
import type {ReviewStore} from '../src/core/review/review-action.js';
import {extensionId, fromPopup, startMemoryWorker} from './memory-adapters.js';

// "Review together" through the worker's handlers over in-memory adapters: what each step stores,
// the teen severities on start, the check-in alarm and its one notification, and delete.
let worker: ReturnType<typeof startMemoryWorker>;
let onMessage: typeof worker.send;
let alarmsCreate: typeof worker.alarms.create;
let alarmsClear: typeof worker.alarms.clear;
let notifications: typeof worker.notifications.create;
let tabsCreate: typeof worker.tabs.create;

beforeEach(() => {
	worker = startMemoryWorker();
	onMessage = worker.send;
	({create: alarmsCreate, clear: alarmsClear} = worker.alarms);
	notifications = worker.notifications.create;
	tabsCreate = worker.tabs.create;
});

const review = (payload: object) => onMessage({name: 'review', payload}, fromPopup);
const stored = async () => (await worker.local.get(null)) as {review?: ReviewStore; profile?: string; audit?: {profile: string}};
const report = (site: string, pageKind: string, url: string, observations: object) => onMessage(
	{name: 'reportPage', payload: {site, pageKind, status: 'read', observations}},
	{id: extensionId, tab: {id: 3}, frameId: 0, url},
);

/** A public Instagram account and geotagged X posts: two findings at risk for a teen. */
async function readTeenPages() {
	await report('instagram', 'account-privacy', 'https://www.instagram.com/accounts/privacy_and_security/', {accountPrivate: {state: 'known', value: false}});
	await report('x', 'settings-location', 'https://x.com/settings/location', {geotagPosts: {state: 'known', value: true}});
}

describe('the review, step by step in the background', () => {
	test('start scores for the teen\'s band; each decision is stored; finishing keeps the agreement and sets the check-in alarm', async () => {
		await readTeenPages();
		expect((await stored()).audit?.profile).toBe('adult');
		await review({do: 'start', band: 'teen13', accounts: ['instagram', 'x']});
		let state = await stored();
		expect(state.profile).toBe('teen13');
		expect(state.audit?.profile).toBe('teen13');
		// For a 13–15 a public account is critical; the teen-default prompt (SUP-02) is talked through too.
		expect(state.review?.current).toMatchObject({phase: 'reviewing', band: 'teen13', index: 0, items: [
			{site: 'instagram', ruleId: 'public-account'}, {site: 'x', ruleId: 'geotag-posts'}, {site: 'instagram', ruleId: 'teen-defaults-instagram'},
		]});

		await review({do: 'decide', decision: {kind: 'talk-later'}});
		await review({do: 'decide', decision: {kind: 'keep', reason: 'Only on trips, and I post after'}});
		await review({do: 'decide', decision: {kind: 'fix-now'}});
		expect((await stored()).review?.current?.phase).toBe('choosing-stage');
		const before = Date.now();
		await review({do: 'finish', stage: 'learner'});
		state = await stored();
		expect(state.review?.current).toBeUndefined();
		expect(state.review?.last).toMatchObject({phase: 'finished', stage: 'learner', accounts: ['instagram', 'x']});
		expect(state.review!.last!.nextCheckIn - before).toBeGreaterThanOrEqual(checkInEvery.learner);
		expect(state.review!.last!.snapshot).toEqual(expect.arrayContaining([{site: 'instagram', ruleId: 'public-account', status: 'risk'}]));
		expect(alarmsCreate).toHaveBeenLastCalledWith('overshare-review-check-in', {when: state.review!.last!.nextCheckIn});
	});

	test('a check-in date they picked is kept; one out of range falls back to the stage\'s', async () => {
		await readTeenPages();
		const picked = Date.now() + 30 * 24 * 60 * 60 * 1000;
		await review({do: 'start', band: 'teen16', accounts: ['x']});
		await review({do: 'decide', decision: {kind: 'fix-now'}});
		await review({do: 'finish', stage: 'licence', nextCheckIn: picked});
		expect((await stored()).review?.last?.nextCheckIn).toBe(picked);

		await review({do: 'start', band: 'teen16', accounts: ['x']});
		await review({do: 'decide', decision: {kind: 'fix-now'}});
		await review({do: 'finish', stage: 'licence', nextCheckIn: Date.now() + 5 * 366 * 24 * 60 * 60 * 1000});
		expect((await stored()).review!.last!.nextCheckIn - Date.now()).toBeLessThanOrEqual(checkInEvery.licence);
	});

	test('when the check-in is due: one notification, which opens the review page; not twice', async () => {
		await readTeenPages();
		await review({do: 'start', band: 'teen13', accounts: ['x']});
		await review({do: 'decide', decision: {kind: 'talk-later'}});
		await review({do: 'finish', stage: 'learner'});
		worker.alarms.fire('overshare-review-check-in');
		await new Promise(resolve => setTimeout(resolve, 20));
		expect(notifications).not.toHaveBeenCalled();

		// The agreed date has passed (as if the browser had been closed until after it).
		const {review: kept} = await stored();
		await worker.local.set({review: {...kept, last: {...kept!.last!, nextCheckIn: Date.now() - 1000}}});
		worker.alarms.fire('overshare-review-check-in');
		await vi.waitFor(() => expect(notifications).toHaveBeenCalledTimes(1));
		const [id, options] = notifications.mock.calls[0]!;
		expect(id).toMatch(/^review-check-in-/);
		expect(options.title).toBe('Time for your check-in');
		await vi.waitFor(async () => expect((await stored()).review?.remindedAt).toBeTypeOf('number'));
		await vi.waitFor(() => expect(alarmsClear).toHaveBeenCalledWith('overshare-review-check-in'));

		worker.alarms.fire('overshare-review-check-in');
		await new Promise(resolve => setTimeout(resolve, 20));
		expect(notifications).toHaveBeenCalledTimes(1);

		await worker.notifications.click(id);
		expect(tabsCreate).toHaveBeenCalledWith({url: 'chrome-extension://overshare-test/review.html'});
		// Other notifications still open the panel.
		await worker.notifications.click('checkup-1');
		expect(tabsCreate).toHaveBeenLastCalledWith({url: 'chrome-extension://overshare-test/popup.html'});
	});

	test('the next review opens on what was left for later, then what is new; discarding it keeps the last agreement', async () => {
		await readTeenPages();
		await review({do: 'start', band: 'teen13', accounts: ['x']});
		await review({do: 'decide', decision: {kind: 'talk-later'}});
		await review({do: 'finish', stage: 'learner'});
		// Since then Instagram is reviewed too: its risks are new to the review, after what was left for later.
		await review({do: 'start', band: 'teen13', accounts: ['instagram', 'x']});
		expect((await stored()).review?.current).toMatchObject({
			items: [{site: 'x', ruleId: 'geotag-posts'}, {site: 'instagram', ruleId: 'public-account'}, {site: 'instagram', ruleId: 'teen-defaults-instagram'}],
			since: {talkLater: [{site: 'x', ruleId: 'geotag-posts'}], appeared: [{site: 'instagram', ruleId: 'public-account'}], fixed: []},
		});
		// The last agreement stays until the new review finishes; discarding keeps it.
		expect((await stored()).review?.last).toBeDefined();
		await review({do: 'discard'});
		expect((await stored()).review).toEqual({last: expect.objectContaining({phase: 'finished'})});
	});

	test('delete removes everything kept for the review and its alarm; the findings stay', async () => {
		await readTeenPages();
		await review({do: 'start', band: 'teen13', accounts: ['x']});
		await review({do: 'decide', decision: {kind: 'keep', reason: 'mine'}});
		await review({do: 'finish', stage: 'licence'});
		alarmsClear.mockClear();
		await onMessage({name: 'deleteReview', payload: {}}, fromPopup);
		const state = await stored();
		expect(state.review).toBeUndefined();
		expect(state.audit).toBeDefined();
		expect(alarmsClear).toHaveBeenCalledWith('overshare-review-check-in');
	});

	test('a malformed stored review is not resumed: the page starts again', async () => {
		await worker.local.set({review: {current: {phase: 'reviewing', index: 5}, last: 'x'}});
		const state = await onMessage({name: 'getState', payload: {}}, fromPopup) as {review: ReviewStore};
		expect(state.review).toEqual({});
	});
});

describe('review messages are validated', () => {
	const message = (payload: object) => ({name: 'review', payload});
	test.each([
		['a start', message({do: 'start', band: 'teen16', accounts: ['instagram', 'snapchat']})],
		['fix now', message({do: 'decide', decision: {kind: 'fix-now'}})],
		['keep with a reason', message({do: 'decide', decision: {kind: 'keep', reason: 'It is how my team finds me'}})],
		['talk later', message({do: 'decide', decision: {kind: 'talk-later'}})],
		['finish with a date', message({do: 'finish', stage: 'licence', nextCheckIn: 1_800_000_000_000})],
		['back', message({do: 'back'})],
		['delete', {name: 'deleteReview', payload: {}}],
	])('accepted: %s', (_, raw) => {
		expect(parseMessage(raw, undefined)).toEqual(raw);
	});

	test.each([
		['an adult band', message({do: 'start', band: 'adult', accounts: ['x']})],
		['an unknown account', message({do: 'start', band: 'teen13', accounts: ['myspace']})],
		['keep without a reason', message({do: 'decide', decision: {kind: 'keep', reason: '  '}})],
		['a reason over the cap', message({do: 'decide', decision: {kind: 'keep', reason: 'x'.repeat(maxReasonLength + 1)}})],
		['a reason that is not text', message({do: 'decide', decision: {kind: 'keep', reason: {html: '<b>'}}})],
		['an unknown decision', message({do: 'decide', decision: {kind: 'post-it'}})],
		['an unknown stage', message({do: 'finish', stage: 'expert'})],
		['a date that is not a number', message({do: 'finish', stage: 'learner', nextCheckIn: 'soon'})],
		['an unknown step', message({do: 'toggle-setting'})],
	])('rejected: %s', (_, raw) => {
		expect(parseMessage(raw, undefined)).toBeUndefined();
	});

	test('only extension pages may take review steps; a social site\'s page may not', () => {
		const tab = {id: 7, index: 0, highlighted: true, active: true, pinned: false, incognito: false};
		for (const raw of [message({do: 'discard'}), {name: 'deleteReview', payload: {}}]) {
			const parsed = parseMessage(raw, undefined) as Message;
			expect(isAllowedSender(parsed, {id: 'me'}, 'me', 'chrome-extension://me/')).toBe(true);
			expect(isAllowedSender(parsed, {id: 'me', tab, frameId: 0, url: 'https://www.instagram.com/'}, 'me', 'chrome-extension://me/')).toBe(false);
		}
	});
});
