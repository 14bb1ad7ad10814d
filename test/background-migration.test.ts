import {expect, test} from 'vitest';
import {storageVersion} from '../src/background/storage-migrate.js';
import {fromPopup, startMemoryWorker} from './memory-adapters.js';

// A store written by 0.1.0 (version 1, no change log) and a corrupted one, each met by a fresh worker.
test('a version-1 store is migrated (to the current version, with no answers yet) when the worker starts, and its audit rebuilt', async () => {
	const worker = startMemoryWorker({local: {version: 1, profile: 'teen16', pages: {facebook: {'settings-posts': {pageKind: 'settings-posts', readAt: 5, observations: {futurePostsAudience: {state: 'known', value: 'public'}}}}}}});
	const onMessage = worker.send;
	const state = await onMessage({name: 'getState', payload: {}}, fromPopup) as {audit: {profile: string; sites: Array<{findings: Array<{ruleId: string; status: string}>}>}; changes: unknown[]; storeProblem: unknown};
	expect(state.audit.profile).toBe('teen16');
	expect(state.audit.sites[0]!.findings).toContainEqual(expect.objectContaining({ruleId: 'future-posts-public', status: 'risk'}));
	expect(state.changes).toEqual([]);
	expect(state.storeProblem).toBeUndefined();
	expect((await worker.local.get('version')).version).toBe(storageVersion);
	expect((await worker.local.get('answers')).answers).toEqual({answers: {}, apps: {}});
});
