import {describe, expect, test} from 'vitest';
import {addChangeRecord, diffObservations, type ChangeRecord} from '../src/core/history/diff-observations.js';
import {known, unknown} from '../src/core/model/observed.js';
import {recordPage} from '../src/core/audit/record-page.js';
import {migrateStore, storageVersion} from '../src/background/storage-migrate.js';

describe('what changed between two readings of a page', () => {
	test('wider audiences and switches turned on are "more exposed"; the reverse "less exposed"', () => {
		const changes = diffObservations(
			{friendsListAudience: known('friends'), searchEngineLinking: known(false), reviewTaggedPosts: known(true), lookupByPhoneAudience: known('public')},
			{friendsListAudience: known('public'), searchEngineLinking: known(true), reviewTaggedPosts: known(false), lookupByPhoneAudience: known('only-me')},
		);
		expect(Object.fromEntries(changes.map(change => [change.field, change.direction]))).toEqual({
			friendsListAudience: 'more-exposed',
			searchEngineLinking: 'more-exposed',
			reviewTaggedPosts: 'more-exposed', // review switched off: tags now appear unchecked
			lookupByPhoneAudience: 'less-exposed',
		});
	});

	test('X choices and protective switches have a direction too', () => {
		const changes = diffObservations(
			{photoTagging: known('off'), messageRequestsFrom: known('everyone'), postsProtected: known(true)},
			{photoTagging: known('anyone'), messageRequestsFrom: known('no-one'), postsProtected: known(false)},
		);
		expect(changes.map(change => [change.field, change.direction])).toEqual([
			['photoTagging', 'more-exposed'], ['messageRequestsFrom', 'less-exposed'], ['postsProtected', 'more-exposed'],
		]);
	});

	test('a profile detail: not set → shown is more exposed; equal reach is "changed"', () => {
		const changes = diffObservations(
			{phone: known('not-set'), email: known('shown', 'friends')},
			{phone: known('shown', 'only-me'), email: known('shown', 'custom')},
		);
		expect(changes.map(change => [change.field, change.direction])).toEqual([['phone', 'more-exposed'], ['email', 'changed']]);
	});

	test('a field that could be read and no longer can is reported: the sign of a layout change', () => {
		const changes = diffObservations({futurePostsAudience: known('friends')}, {futurePostsAudience: unknown('element-missing')});
		expect(changes).toEqual([{field: 'futurePostsAudience', from: known('friends'), to: unknown('element-missing'), direction: 'unreadable'}]);
	});

	test('nothing changed, or a field becoming readable, is not news', () => {
		expect(diffObservations({futurePostsAudience: known('friends')}, {futurePostsAudience: known('friends')})).toEqual([]);
		expect(diffObservations({futurePostsAudience: unknown('element-missing')}, {futurePostsAudience: known('public')})).toEqual([]);
	});

	test('the change log keeps the newest records, capped', () => {
		const record = (at: number): ChangeRecord => ({site: 'facebook', pageKind: 'settings-posts', at, since: at - 1, changes: []});
		let log: ChangeRecord[] = [];
		for (let at = 1; at <= 60; at++) {
			log = addChangeRecord(log, record(at));
		}

		expect(log).toHaveLength(50);
		expect(log[0]!.at).toBe(60);
	});

	test('recordPage reports a change only against an earlier reading of the same page kind', () => {
		const reading = (audience: 'friends' | 'public') => ({site: 'facebook', pageKind: 'settings-posts', status: 'read' as const, observations: {futurePostsAudience: known(audience)}});
		const first = recordPage({}, reading('friends'), 10)!;
		expect(first.changed).toBeUndefined();
		const second = recordPage(first.pages, reading('public'), 20)!;
		expect(second.changed).toMatchObject({site: 'facebook', pageKind: 'settings-posts', at: 20, since: 10, changes: [{field: 'futurePostsAudience', direction: 'more-exposed'}]});
		expect(recordPage(second.pages, reading('public'), 30)!.changed).toBeUndefined();
	});
});

describe('stored data across versions', () => {
	const pages = {facebook: {'settings-posts': {pageKind: 'settings-posts', readAt: 1, observations: {futurePostsAudience: known('public')}}}};

	test('an empty store needs nothing', () => {
		expect(migrateStore({})).toEqual({store: {version: storageVersion, pages: {}, changes: [], scans: [], answers: {answers: {}, apps: {}}}, changed: false});
	});

	test('version 1 (0.1.0: no version key or version 1, no change log) is migrated, keeping its pages', () => {
		for (const raw of [{pages, audit: {}}, {version: 1, pages}]) {
			expect(migrateStore(raw)).toEqual({store: {version: storageVersion, pages, changes: [], scans: [], answers: {answers: {}, apps: {}}}, changed: true});
		}
	});

	test('version 2 (change log, no scan history) is migrated, keeping its pages and change log', () => {
		const changes = [{site: 'facebook', pageKind: 'settings-posts', at: 2, since: 1, changes: []}];
		expect(migrateStore({version: 2, pages, changes})).toEqual({store: {version: storageVersion, pages, changes, scans: [], answers: {answers: {}, apps: {}}}, changed: true});
	});

	test('version 3 (scan history, no answers to guided questions) is migrated, keeping pages, change log and scans', () => {
		const changes = [{site: 'facebook', pageKind: 'settings-posts', at: 2, since: 1, changes: []}];
		const scans = [{startedAt: 3, endedAt: 4, findings: [], sites: [], pagesRead: []}];
		expect(migrateStore({version: 3, pages, changes, scans})).toEqual({store: {version: storageVersion, pages, changes, scans, answers: {answers: {}, apps: {}}}, changed: true});
	});

	test('the current version is left alone, answers included', () => {
		const answers = {answers: {'tiktok.direct-messages': {answer: 'everyone', at: 5}}, apps: {tiktok: true}};
		expect(migrateStore({version: storageVersion, pages, changes: [], scans: [], answers})).toEqual({store: {version: storageVersion, pages, changes: [], scans: [], answers}, changed: false});
	});

	const fresh = {version: storageVersion, pages: {}, changes: [], scans: [], answers: {answers: {}, apps: {}}};
	test.each([
		['pages of the wrong shape', {version: 1, pages: 'oops'}, {}],
		['a record without its reading time', {version: 2, pages: {...pages, x: {'settings-location': {pageKind: 'settings-location', observations: {}}}}}, {pages}],
		['a change log that is not a list', {version: 2, pages, changes: {}}, {pages}],
		['a version that is not a number', {version: 'two', pages}, {pages}],
		['a scan history that is not a list', {version: 3, pages, changes: [], scans: {}}, {pages}],
		['a scan record of the wrong shape', {version: 3, pages, changes: [], scans: [{startedAt: 'yesterday'}, {startedAt: 3, endedAt: 4, findings: [], sites: [], pagesRead: []}]},
			{pages, scans: [{startedAt: 3, endedAt: 4, findings: [], sites: [], pagesRead: []}]}],
		['answers of the wrong shape', {version: 4, pages, changes: [], scans: [], answers: {answers: {'tiktok.downloads': 'on'}, apps: {}}}, {pages}],
	])('%s: only what does not fit is dropped, the rest kept, and it is said once', (_, raw, kept) => {
		const migration = migrateStore(raw as Record<string, unknown>);
		expect(migration.store).toEqual({...fresh, ...kept});
		expect(migration).toMatchObject({changed: true, problem: 'damaged'});
		expect(migration.setAside).toBeUndefined();
	});

	test('one observation set to null is dropped alone: the rest of its page, and every other page, are kept', () => {
		const damaged = {version: storageVersion, pages: {
			facebook: {
				'settings-posts': {pageKind: 'settings-posts', readAt: 1, observations: {futurePostsAudience: known('public')}},
				'settings-find-and-contact': {pageKind: 'settings-find-and-contact', readAt: 2, observations: {friendRequestsAudience: null, searchEngineLinking: known(true)}},
			},
			x: {'settings-location': {pageKind: 'settings-location', readAt: 3, observations: {geotagPosts: known(true)}}},
		}, changes: [], scans: [], answers: {answers: {}, apps: {}}};
		const migration = migrateStore(damaged);
		expect(migration.problem).toBe('damaged');
		expect(migration.store.pages).toEqual({
			facebook: {
				'settings-posts': damaged.pages.facebook['settings-posts'],
				'settings-find-and-contact': {pageKind: 'settings-find-and-contact', readAt: 2, observations: {searchEngineLinking: known(true)}},
			},
			x: damaged.pages.x,
		});
	});

	test.each([
		['a site Overshare does not have', {myspace: {}}],
		['a page kind named after the prototype', {facebook: JSON.parse('{"__proto__": {"pageKind": "__proto__", "readAt": 1, "observations": {}}, "constructor": {"pageKind": "constructor", "readAt": 1, "observations": {}}}')}],
		['a record filed under another kind', {facebook: {'settings-posts': {pageKind: 'settings-apps', readAt: 1, observations: {}}}}],
		['a field the page does not show', {facebook: {'settings-posts': {pageKind: 'settings-posts', readAt: 1, observations: {geotagPosts: known(true)}}}}],
		['a value of the wrong kind', {facebook: {'settings-posts': {pageKind: 'settings-posts', readAt: 1, observations: {futurePostsAudience: known(42)}}}}],
		['an unknown with a reason no page gives', {facebook: {'settings-posts': {pageKind: 'settings-posts', readAt: 1, observations: {futurePostsAudience: {state: 'unknown', reason: 'not-answered'}}}}}],
		['a reading time that is no time', {facebook: {'settings-posts': {pageKind: 'settings-posts', readAt: null, observations: {}}}}],
	])('pages with %s: dropped, never merged', (_, damagedPages) => {
		const migration = migrateStore({version: storageVersion, pages: damagedPages});
		expect(migration.problem).toBe('damaged');
		const kept = Object.values(migration.store.pages).flatMap(kinds => Object.values(kinds)).flatMap(record => Object.keys(record.observations));
		expect(kept).toEqual([]);
	});

	test('a store from a newer Overshare is set aside, not misread', () => {
		expect(migrateStore({version: storageVersion + 1, pages})).toMatchObject({changed: true, problem: 'newer-version', setAside: {version: storageVersion + 1}});
	});
});
