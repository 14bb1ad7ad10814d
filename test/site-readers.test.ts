import {describe, expect, test} from 'vitest';
import type {SiteReaders} from '../content-scripts/define-site-readers.js';
import {siteReaders} from '../content-scripts/sites/index.js';
import {unknown} from '../src/core/model/observed.js';
import type {SiteDescription} from '../src/core/sites/define-site.js';
import {sites} from '../src/core/sites/index.js';

/**
 * Where a site's readers and its description (src/core/sites/<id>.ts) disagree: a page kind on one
 * side only, a listed field without a reader or a reader for an unlisted field, a bio reader on a
 * page that reads no bio or none on one that does. The types catch these too; this catches a
 * reader table built in a way the types cannot see.
 */
function mismatches(site: SiteDescription, readers: SiteReaders): string[] {
	const found: string[] = [];
	const kinds = new Set([...Object.keys(site.pages), ...Object.keys(readers.pages)]);
	for (const kind of kinds) {
		const page = site.pages[kind];
		const read = readers.pages[kind];
		if (!page || !read) {
			found.push(`${kind}: ${page ? 'described, but has no readers' : 'has readers, but no description'}`);
			continue;
		}

		const listed = [...page.fields].sort();
		const withReaders = Object.keys(read.fields).sort();
		if (JSON.stringify(listed) !== JSON.stringify(withReaders)) {
			found.push(`${kind}: lists [${listed.join(', ')}], has readers for [${withReaders.join(', ')}]`);
		}

		if ((page.readsBio === true) !== (read.bio !== undefined)) {
			found.push(`${kind}: ${page.readsBio ? 'reads a bio, but has no bio reader' : 'has a bio reader, but reads no bio'}`);
		}
	}

	return found;
}

test('every site in the catalog has readers bound to its own description, in the same order', () => {
	expect(siteReaders.map(readers => readers.site)).toEqual(sites);
	siteReaders.forEach((readers, index) => expect(readers.site).toBe(sites[index]));
});

describe.each(siteReaders.map(readers => [readers.site.id, readers] as const))('%s', (_, readers) => {
	test('has readers for exactly the page kinds and fields its description lists', () => {
		expect(mismatches(readers.site, readers)).toEqual([]);
	});

	test('has a label table for exactly the languages its description says it reads in (the popup names those)', () => {
		expect(Object.keys(readers.languages).sort()).toEqual([...readers.site.readIn].sort());
		expect(readers.site.readIn).toContain('en');
	});
});

describe('the agreement check', () => {
	const [readers] = siteReaders;
	const site = readers!.site;
	const [kind, page] = Object.entries(site.pages)[0]!;
	const pageReaders = readers!.pages[kind]!;
	const withPages = (pages: SiteReaders['pages']): SiteReaders => ({...readers!, pages});
	const reader = () => unknown('element-missing');

	test('fails on a described page kind without readers, and on readers without a description', () => {
		const {[kind]: _dropped, ...others} = readers!.pages;
		expect(mismatches(site, withPages(others))).toEqual([`${kind}: described, but has no readers`]);
		expect(mismatches(site, withPages({...readers!.pages, 'no-such-page': pageReaders}))).toEqual(['no-such-page: has readers, but no description']);
	});

	test('fails on a listed field without a reader, and on a reader for a field not listed', () => {
		const [first, ...rest] = page.fields;
		const fewer = Object.fromEntries(Object.entries(pageReaders.fields).filter(([field]) => field !== first));
		expect(mismatches(site, withPages({...readers!.pages, [kind]: {...pageReaders, fields: fewer}}))).toEqual([
			`${kind}: lists [${[...page.fields].sort().join(', ')}], has readers for [${[...rest].sort().join(', ')}]`,
		]);
		const more = {...pageReaders.fields, downloadsAllowed: reader};
		expect(mismatches(site, withPages({...readers!.pages, [kind]: {...pageReaders, fields: more}}))[0]).toMatch(/has readers for \[.*downloadsAllowed/);
	});

	test('fails on a bio reader the description does not list, and on a listed bio without one', () => {
		expect(page.readsBio).toBeUndefined();
		expect(mismatches(site, withPages({...readers!.pages, [kind]: {...pageReaders, bio: reader}}))).toEqual([`${kind}: has a bio reader, but reads no bio`]);
		const withBio = siteReaders.find(candidate => Object.values(candidate.site.pages).some(described => described.readsBio))!;
		const [bioKind] = Object.entries(withBio.site.pages).find(([, described]) => described.readsBio)!;
		const {bio: _dropped, ...withoutBio} = withBio.pages[bioKind]!;
		expect(mismatches(withBio.site, {...withBio, pages: {...withBio.pages, [bioKind]: withoutBio}})).toEqual([`${bioKind}: reads a bio, but has no bio reader`]);
	});
});
