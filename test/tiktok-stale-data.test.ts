import {JSDOM} from 'jsdom';
import {afterEach, describe, expect, test} from 'vitest';
import {detectReadablePage} from '../content-scripts/detect-readable-page.js';
import {extractPage} from '../content-scripts/extract-page.js';
import {forgetAddresses, noteAddress} from '../content-scripts/page-history.js';
import {siteReaders} from '../content-scripts/sites/index.js';
import {unknown} from '../src/core/model/observed.js';
import {listFixtures} from './fixtures.js';

// TikTok writes its embedded data once, for the address the document was loaded at (platform-pages.md
// §4.2). After an in-app navigation the data describes an earlier page: the profile must come out
// "page did not finish loading" (reload to read), never with the old values.

const risky = listFixtures().find(fixture => fixture.site === 'tiktok' && fixture.pageKind === 'profile' && fixture.name === 'risky')!;
const own = 'https://www.tiktok.com/@sam.placeholder';

/** The risky own profile, now showing `current`, with the browser's Navigation Timing entry saying where it was loaded. */
function read(current: string, loadedAt?: string) {
	const {window} = new JSDOM(risky.html, {url: current});
	if (loadedAt) {
		Object.defineProperty(window.performance, 'getEntriesByType', {value: (type: string) => (type === 'navigation' ? [{name: loadedAt}] : [])});
	}

	return extractPage(detectReadablePage(siteReaders, current)!, window.document);
}

afterEach(forgetAddresses);

describe('TikTok embedded data after in-app navigation', () => {
	test('loaded here, never navigated: read', () => {
		expect(read(own, own).status).toBe('read');
		noteAddress(own);
		expect(read(`${own}?lang=en`, own).status).toBe('read');
	});

	test('the /profile alias that lands on your handle is the same page', () => {
		noteAddress('https://www.tiktok.com/profile');
		expect(read(own, 'https://www.tiktok.com/profile').status).toBe('read');
	});

	test.each([
		['loaded on another page (the For You feed), then navigated here', 'https://www.tiktok.com/foryou', []],
		['loaded here, then to settings and back', own, ['https://www.tiktok.com/setting?activeTab=privacy', own]],
		['loaded here, then a video and back', own, [`${own}/video/7300000000000000001`, own]],
		['no timing entry, but the runner saw another address first', undefined, ['https://www.tiktok.com/foryou', own]],
	])('%s: nothing is read, every field "page did not finish loading"', (_, loadedAt, addresses) => {
		for (const address of addresses) {
			noteAddress(address);
		}

		const reading = read(own, loadedAt);
		expect(reading.status).toBe('page-not-ready');
		expect(Object.values(reading.observations)).toEqual(Array(8).fill(unknown('page-not-ready')));
	});

	test('on the settings page the viewer data stays good: it is read after navigation (its values come from the rendered page)', () => {
		const settings = listFixtures().find(fixture => fixture.site === 'tiktok' && fixture.pageKind === 'settings-privacy' && fixture.name === 'risky')!;
		noteAddress(own);
		const {window} = new JSDOM(settings.html, {url: settings.url});
		Object.defineProperty(window.performance, 'getEntriesByType', {value: () => [{name: own}]});
		expect(extractPage(detectReadablePage(siteReaders, settings.url)!, window.document).status).toBe('read');
	});
});
