import {JSDOM} from 'jsdom';
import {describe, expect, test} from 'vitest';
import {extractPage} from '../content-scripts/extract-page.js';
import {sites} from '../content-scripts/sites/index.js';

const viewer = '<script type="application/json">{"define":[["CurrentUserInitialData",[],{"ACCOUNT_ID":"1","USER_ID":"1","NAME":"A"},270]]}</script>';
const owner = '<script type="application/json">{"x":["ProfileActionBlock",{"profile_owner":{"id":"1","name":"A"}}]}</script>';

// The ReclaimPrivacy failure (a missing element reported as safe), turned into a test:
// on an own, English, empty page, every extractor of every page kind must say "unknown".
describe.each(sites.flatMap(site => Object.entries(site.pages).map(([pageKind, page]) => [`${site.id}/${pageKind}`, site, pageKind, page] as const)))('%s', (_, site, pageKind, page) => {
	test.each([
		['an empty main', '<div role="main"></div>'],
		['no main at all', '<div>nothing here</div>'],
		['a main of unrelated text', '<div role="main"><span>Public</span><span>Friends</span><input type="checkbox" checked></div>'],
	])('on %s every field is unknown', (_label, body) => {
		const document = new JSDOM(`<html lang="en"><head>${viewer}${owner}</head><body>${body}</body></html>`, {url: page.url}).window.document;
		const reading = extractPage({site, pageKind, page}, document);
		expect(reading.status).toBe('read');
		expect(Object.keys(reading.observations).sort()).toEqual(Object.keys(page.fields).sort());
		for (const observed of Object.values(reading.observations)) {
			expect(observed.state).toBe('unknown');
		}
	});
});
