import {existsSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, test} from 'vitest';
import {detectReadablePage} from '../content-scripts/detect-readable-page.js';
import {extractPage} from '../content-scripts/extract-page.js';
import {siteReaders} from '../content-scripts/sites/index.js';
import {composedParent} from '../content-scripts/dom/shadow-roots.js';
import {locateControl} from '../content-scripts/show-me/locate-control.js';
import {bioFieldIds, type FieldId} from '../src/core/model/fields.js';
import {crossRules} from '../src/core/rules/across/index.js';
import {inApp} from '../src/core/model/audit.js';
import {rules} from '../src/core/rules/index.js';
import {showMeTarget} from '../src/background/show-me.js';
import {fixturesRoot, loadDocument, readFixture} from './fixtures.js';

// "Show me" on every web fix page: for each rule (and each site's part of a finding across accounts)
// whose fix is a page of the site, the control locator the callout uses must find, on the page's risky
// sample, the control of every field the rule reads there, and only where the reader read it: on the
// changed-layout sample, a field the reader could not read has no control (the callout says so plainly).

/**
 * Fields read on a fix page that shows no control for them: Show me opens the page and gives the steps.
 * Each entry says why; the test checks there is indeed nothing to ring, so a stale entry fails.
 */
const noControlOnPage: Readonly<Record<string, {fields: readonly FieldId[]; why: string}>> = {
	'tiktok/profile': {
		fields: ['downloadsAllowed', 'followingListAudience', 'likedVideosPublic', 'accountUnder18'],
		why: 'read from the profile\'s embedded JSON (platform-pages-2.md §3.3–3.4); the settings are only in the app (the fix steps are the app\'s), and the web profile has no control for them',
	},
};

/**
 * What a ring may be drawn around: a form control, a switch, radio, checkbox or button, a link or
 * link row, an app's list row, a radio group, or Facebook's About-row audience icon ("Shared with …",
 * platform-pages-2.md §1.4), which is how that page shows a detail's audience.
 */
const controlSelector = [
	'input', 'select', 'textarea', 'button', 'a[href]', '[role="switch"]', '[role="radio"]', '[role="checkbox"]',
	'[role="radiogroup"]', '[role="button"]', '[role="link"]', '[role="listitem"]', '[role="img"][aria-label^="Shared with"]',
].join(', ');
const radios = 'input[type="radio"], [role="radio"]';

/** A control, a group of radio options, or a settings row (text, and no control of its own inside). */
function kindOf(element: Element): 'control' | 'radio group' | 'row' | undefined {
	if (element.matches(controlSelector)) {
		return 'control';
	}

	if (element.querySelectorAll(radios).length >= 2) {
		return 'radio group';
	}

	return (element.textContent ?? '').trim() !== '' && !element.querySelector(controlSelector) ? 'row' : undefined;
}

/** A fix page, the fields Show me asks it for, and each press that sends people there (a rule, or a rule's role) with its fields in order. */
type Target = {site: string; pageKind: string; fields: FieldId[]; presses: Array<{press: string; fields: FieldId[]}>};

/** Every web fix page, with the fields Show me asks it for and the rules that send people there. */
function fixPages(): Target[] {
	const presses = [
		...rules.map(rule => ({ruleId: rule.id, role: undefined as string | undefined, fixes: rule.fixes})),
		...crossRules.flatMap(rule => Object.entries(rule.fixes).map(([role, fixer]) => ({ruleId: rule.id, role, fixes: fixer.fixes}))),
	];
	const pages = new Map<string, Target>();
	for (const {ruleId, role, fixes} of presses) {
		for (const [site, fix] of Object.entries(fixes)) {
			if (fix.page === inApp) {
				continue;
			}

			const target = showMeTarget(site, ruleId, role);
			expect(target, `${ruleId} ${role ?? ''} on ${site}: its fix page ${fix.page} is a page of the site`).toBeDefined();
			const entry = pages.get(`${site}/${fix.page}`) ?? {site, pageKind: fix.page, fields: [], presses: []};
			entry.fields = [...new Set([...entry.fields, ...target!.fields])];
			entry.presses.push({press: role ? `${ruleId}/${role}` : ruleId, fields: target!.fields});
			pages.set(`${site}/${fix.page}`, entry);
		}
	}

	return [...pages.values()];
}

/** A sample of the page, parsed at its real URL, with what the content script detects and reads there. */
function open(site: string, pageKind: string, name: string) {
	const file = join(fixturesRoot, site, pageKind, `${name}.html`);
	expect(existsSync(file), `${site}/${pageKind} has a ${name} sample`).toBe(true);
	const fixture = readFixture(file);
	const document = loadDocument(fixture);
	const detected = detectReadablePage(siteReaders, fixture.url)!;
	expect(detected.pageKind, fixture.url).toBe(pageKind);
	const reading = extractPage(detected, document);
	const observations = reading.observations as Partial<Record<FieldId, {state: string}>>;
	// What the bio mentions is read from the bio (scanned in the background): its reading stands for it.
	const stateOf = (field: FieldId): string | undefined => ((bioFieldIds as readonly FieldId[]).includes(field) ? reading.bio : observations[field])?.state;
	return {document, detected, stateOf};
}

const targets = fixPages();

/** Node.contains across open shadow roots' edges (Reddit's controls sit in them). */
function composedContains(outer: Element, inner: Element): boolean {
	for (let at: Element | null = inner; at; at = composedParent(at)) {
		if (at === outer) {
			return true;
		}
	}

	return false;
}

test('the fix pages cover every site with a web fix, and the exceptions name pages and fields Show me is sent to', () => {
	expect(new Set(targets.map(target => target.site))).toEqual(new Set(['facebook', 'instagram', 'linkedin', 'tiktok', 'x', 'reddit', 'google', 'strava', 'youtube']));
	for (const [key, {fields}] of Object.entries(noControlOnPage)) {
		const target = targets.find(candidate => `${candidate.site}/${candidate.pageKind}` === key);
		expect(target?.fields, key).toEqual(expect.arrayContaining([...fields]));
	}
});

describe.each(targets.map(target => [`${target.site}/${target.pageKind}`, target] as const))('Show me on %s', (key, {site, pageKind, fields, presses}) => {
	const exceptions = new Set(noControlOnPage[key]?.fields ?? []);

	test(`rings the control of each field it is asked for, on the risky sample (${presses.map(({press}) => press).join(', ')})`, () => {
		const {document, detected, stateOf} = open(site, pageKind, 'risky');
		const root = document.querySelector(detected.siteReaders.contentRoot)!;
		const found = new Map<FieldId, Element>();
		for (const field of fields) {
			expect(stateOf(field), `${field} is read on the risky sample`).toBe('known');
			const control = locateControl(detected, document, [field]);
			if (exceptions.has(field)) {
				expect(control, `${field}: listed as having no control on this page`).toBeUndefined();
				continue;
			}

			expect(control, `${field}: a control to ring`).toBeDefined();
			expect(composedContains(document.body, control!) && !control!.contains(root), `${field}: inside the page, not the page itself`).toBe(true);
			expect(kindOf(control!), `${field}: a control, radio group or row, not <${control!.localName}>`).toBeDefined();
			found.set(field, control!);
		}

		// One setting's ring holds no other setting's control (two fields may share one control).
		for (const [field, control] of found) {
			for (const [other, otherControl] of found) {
				expect(control !== otherControl && control.contains(otherControl), `${field}'s ring holds ${other}'s control`).toBe(false);
			}
		}

		// A press asks for all its rule's fields at once: the first the page can point at is ringed.
		for (const {press, fields: asked} of presses) {
			const first = asked.find(field => found.has(field));
			expect(locateControl(detected, document, asked), press).toBe(first === undefined ? undefined : found.get(first));
		}
	});

	test('claims no control for a field the reader could not read, on the changed-layout sample', () => {
		const {document, detected, stateOf} = open(site, pageKind, 'changed-layout');
		for (const field of fields) {
			const control = locateControl(detected, document, [field]);
			if (stateOf(field) !== 'known') {
				expect(control, `${field} was not read, so there is nothing to ring`).toBeUndefined();
			}
		}
	});
});
