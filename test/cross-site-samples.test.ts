import {expect, test} from 'vitest';
import {detectReadablePage} from '../content-scripts/detect-readable-page.js';
import {extractPage} from '../content-scripts/extract-page.js';
import {siteReaders} from '../content-scripts/sites/index.js';
import {auditOf, recordPage} from '../src/core/audit/record-page.js';
import type {StoredPages} from '../src/core/model/stored-pages.js';
import {catalog as en} from '../src/i18n/en/index.js';
import {renderMessage} from '../src/i18n/render.js';
import {listFixtures, loadDocument} from './fixtures.js';

// Cross-site rules over page-sample pairs read by the real extractors (not hand-built observations).
const read = (...samples: Array<[site: string, pageKind: string, name: string]>) => {
	let pages: StoredPages = {};
	samples.forEach(([site, pageKind, name], index) => {
		const fixture = listFixtures().find(candidate => candidate.site === site && candidate.pageKind === pageKind && candidate.name === name)!;
		const reading = extractPage(detectReadablePage(siteReaders, fixture.url)!, loadDocument(fixture));
		pages = recordPage(pages, reading, index + 1)?.pages ?? pages;
	});
	return auditOf(pages, 10);
};

const across = (audit: ReturnType<typeof auditOf>, ruleId: string) => audit.across?.find(finding => finding.ruleId === ruleId);

test('Facebook\'s birthday without the year and X\'s year alone make a full birthdate', () => {
	const audit = read(['facebook', 'about-basic-info', 'birthday-public-no-year'], ['x', 'edit-profile', 'birth-year-public']);
	expect(across(audit, 'birthdate-across-sites')).toMatchObject({status: 'risk', involves: [{site: 'facebook'}, {site: 'x'}]});
});

test('the year hidden everywhere is not a cross-site birthdate; a year on X with the day shown to friends on Facebook is, for friends', () => {
	expect(across(read(['facebook', 'about-basic-info', 'birthday-public-no-year'], ['x', 'edit-profile', 'locked-down']), 'birthdate-across-sites')?.status).toBe('ok');
	expect(across(read(['facebook', 'about-basic-info', 'locked-down'], ['x', 'edit-profile', 'locked-down']), 'birthdate-across-sites')?.status).toBe('ok');
	// Facebook's locked-down sample still shows the day and month to Friends: with the year public on X, friends can piece it together.
	const friends = across(read(['facebook', 'about-basic-info', 'locked-down'], ['x', 'edit-profile', 'birth-year-public']), 'birthdate-across-sites');
	expect(friends).toMatchObject({status: 'risk'});
	expect(renderMessage(en, friends!.exposure)).toContain('Friends');
});

test('a phone number in the X bio while Facebook lets anyone look the account up by phone', () => {
	const audit = read(['x', 'edit-profile', 'risky'], ['facebook', 'settings-find-and-contact', 'risky']);
	expect(across(audit, 'phone-shown-and-findable')).toMatchObject({status: 'risk'});
	const locked = read(['x', 'edit-profile', 'locked-down'], ['facebook', 'settings-find-and-contact', 'locked-down']);
	expect(across(locked, 'phone-shown-and-findable')?.status).not.toBe('risk');
});
