import {expect, test} from 'vitest';
import {storageVersion} from '../src/background/storage-migrate.js';
import {installFakeBrowser} from './fake-browser.js';

type Listener = (message: unknown, sender: unknown) => Promise<unknown> | undefined;

// A store written before guided questions (version 3: scan history, no answers), met by a fresh
// worker. Its own file: the worker migrates once per start, and a module is started once per file.
test('a version-3 store (scan history, no answers) is migrated to the current version when the worker starts, keeping its scans', async () => {
	const fake = installFakeBrowser();
	const scans = [{startedAt: 3, endedAt: 4, findings: [], sites: ['facebook'], pagesRead: []}];
	await fake.storage.local.set({version: 3, scans, pages: {facebook: {'settings-posts': {pageKind: 'settings-posts', readAt: 5, observations: {futurePostsAudience: {state: 'known', value: 'public'}}}}}});
	await import('../src/background/background.js');
	const onMessage = fake.runtime.onMessage.listeners.at(-1) as Listener;
	const state = await onMessage({name: 'getState', payload: {}}, {id: fake.runtime.id}) as {audit: {sites: Array<{findings: Array<{ruleId: string; status: string}>}>}; scans: unknown[]; answers: unknown; storeProblem: unknown};
	expect(state.audit.sites[0]!.findings).toContainEqual(expect.objectContaining({ruleId: 'future-posts-public', status: 'risk'}));
	expect(state.scans).toEqual(scans);
	expect(state.answers).toEqual({answers: {}, apps: {}});
	expect(state.storeProblem).toBeUndefined();
	expect((await fake.storage.local.get('version')).version).toBe(storageVersion);
});
