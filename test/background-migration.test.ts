import {expect, test} from 'vitest';
import {storageVersion} from '../src/background/storage-migrate.js';
import {installFakeBrowser} from './fake-browser.js';

type Listener = (message: unknown, sender: unknown) => Promise<unknown> | undefined;

// A store written by 0.1.0 (version 1, no change log) and a corrupted one, each met by a fresh worker.
test('a version-1 store is migrated (to the current version, with no answers yet) when the worker starts, and its audit rebuilt', async () => {
	const fake = installFakeBrowser();
	await fake.storage.local.set({version: 1, profile: 'teen16', pages: {facebook: {'settings-posts': {pageKind: 'settings-posts', readAt: 5, observations: {futurePostsAudience: {state: 'known', value: 'public'}}}}}});
	await import('../src/background/background.js');
	const onMessage = fake.runtime.onMessage.listeners.at(-1) as Listener;
	const state = await onMessage({name: 'getState', payload: {}}, {id: fake.runtime.id}) as {audit: {profile: string; sites: Array<{findings: Array<{ruleId: string; status: string}>}>}; changes: unknown[]; storeProblem: unknown};
	expect(state.audit.profile).toBe('teen16');
	expect(state.audit.sites[0]!.findings).toContainEqual(expect.objectContaining({ruleId: 'future-posts-public', status: 'risk'}));
	expect(state.changes).toEqual([]);
	expect(state.storeProblem).toBeUndefined();
	expect((await fake.storage.local.get('version')).version).toBe(storageVersion);
	expect((await fake.storage.local.get('answers')).answers).toEqual({answers: {}, apps: {}});
});
