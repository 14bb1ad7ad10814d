import {expect, test} from 'vitest';
import {detectReadablePage} from '../content-scripts/detect-readable-page.js';
import {extractPage} from '../content-scripts/extract-page.js';
import {siteReaders} from '../content-scripts/sites/index.js';
import {maxBioLength} from '../src/core/bio/limits.js';
import {parseMessage} from '../src/core/protocol/parse-message.js';
import {recordPage} from '../src/core/audit/record-page.js';
import {listFixtures, loadDocument} from './fixtures.js';

// The bio travels content script → background once, validated here, then scanned and dropped.
const xUrl = 'https://x.com/settings/profile';
const report = (bio: unknown, overrides: Record<string, unknown> = {}) => ({
	name: 'reportPage',
	payload: {site: 'x', pageKind: 'edit-profile', status: 'read', observations: {}, bio, ...overrides},
});

test('a bio under the length cap, with a known audience, passes', () => {
	const message = report({state: 'known', value: 'Tea and trains', audience: 'public'});
	expect(parseMessage(message, xUrl)).toEqual(message);
	expect(parseMessage(report({state: 'unknown', reason: 'element-missing'}), xUrl)).toBeDefined();
});

test.each([
	['too long', {state: 'known', value: 'a'.repeat(maxBioLength + 1), audience: 'public'}],
	['not text', {state: 'known', value: 42, audience: 'public'}],
	['an extra key', {state: 'known', value: 'hi', audience: 'public', html: '<b>'}],
	['an audience we do not know', {state: 'known', value: 'hi', audience: 'aliens'}],
	['an unknown reason we do not know', {state: 'unknown', reason: 'because'}],
	['not an object', 'Tea and trains'],
])('a bio that is %s drops the whole report', (_, bio) => {
	expect(parseMessage(report(bio), xUrl)).toBeUndefined();
});

test('a bio on a page kind that reads none, or on a page that was not read, drops the report', () => {
	const bio = {state: 'known', value: 'hi', audience: 'public'};
	expect(parseMessage(report(bio, {pageKind: 'settings-ads'}), 'https://x.com/settings/ads_preferences')).toBeUndefined();
	expect(parseMessage(report(bio, {status: 'not-own-profile'}), xUrl)).toBeUndefined();
});

test('recording the risky X edit-profile sample keeps the bio\'s kinds and none of its text', () => {
	const sample = listFixtures().find(fixture => fixture.site === 'x' && fixture.pageKind === 'edit-profile' && fixture.name === 'risky')!;
	const reading = extractPage(detectReadablePage(siteReaders, sample.url)!, loadDocument(sample));
	expect(reading.bio?.state).toBe('known');
	const recorded = recordPage({}, reading, 1)!;
	const observations = recorded.pages.x!['edit-profile']!.observations;
	expect([observations.bioPhone, observations.bioEmail, observations.bioAddress, observations.bioFullDate].map(observed => observed?.state === 'known' && observed.value))
		.toEqual(['shown', 'shown', 'shown', 'shown']);
	const stored = JSON.stringify(recorded);
	for (const piece of ['555-0147', '5550147', '(212)', 'sam@example.com', 'Baker', '17 May', 'Bookings', 'trains']) {
		expect(stored).not.toContain(piece);
	}
});
