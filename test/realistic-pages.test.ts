import {describe, expect, test} from 'vitest';
import {detectReadablePage} from '../content-scripts/detect-readable-page.js';
import {extractPage} from '../content-scripts/extract-page.js';
import {siteReaders} from '../content-scripts/sites/index.js';
import {listFixtures, reloadDocument} from './fixtures.js';
import {growRealistic} from './realistic-pages.js';

// A page sample inside the full app shell, and an own profile with many posts (test/realistic-pages.ts,
// smaller than the bench's): extraction passes over the posts (each site's `skip`) and the shell
// outside the content root, and reads exactly what it reads on the bare sample.
const samples = listFixtures().filter(fixture => fixture.name === 'risky');

function read(fixture: typeof samples[number], grow: (document: Document, root: Element, site: string) => void) {
	const document = reloadDocument(fixture);
	const detected = detectReadablePage(siteReaders, fixture.url)!;
	grow(document, document.querySelector(detected.siteReaders.contentRoot)!, detected.site.id);
	return extractPage(detected, document);
}

describe.each(samples.map(fixture => [`${fixture.site}/${fixture.pageKind}`, fixture] as const))('%s', (_, fixture) => {
	test('reads the same inside the app shell and beside a profile\'s posts', () => {
		const bare = read(fixture, () => undefined);
		expect(bare.status).toBe('read');
		expect(read(fixture, (document, root, site) => growRealistic(document, root, site, {posts: 40, shellLinks: 40}))).toEqual(bare);
	});
});

test('a post quoting a setting\'s label, with a switch of its own, is never read as that setting', () => {
	const fixture = samples.find(sample => sample.site === 'facebook' && sample.pageKind === 'settings-profile-and-tagging')!;
	const bare = read(fixture, () => undefined);
	const quoted = read(fixture, (document, root) => {
		// Before the settings, as a feed above them would be: a label's first match would otherwise be the post's.
		const post = document.createElement('div');
		post.setAttribute('role', 'article');
		post.innerHTML = '<div><span>Review posts you\'re tagged in before the post appears on your profile?</span><input type="checkbox" role="switch"></div>'
			+ '<div><span>Review tags people add to your posts before the tags appear on Facebook?</span><input type="checkbox" role="switch" checked></div>';
		root.prepend(post);
	});
	expect(quoted).toEqual(bare);
});
