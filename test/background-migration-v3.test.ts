import {expect, test} from 'vitest';
import {storageVersion} from '../src/background/storage-migrate.js';
import {fromPopup, startMemoryWorker} from './memory-adapters.js';

// A store written before guided questions (version 3: scan history, no answers), met by a fresh worker.
test('a version-3 store (scan history, no answers) is migrated to the current version when the worker starts, keeping its scans', async () => {
	const scans = [{startedAt: 3, endedAt: 4, findings: [], sites: ['facebook'], pagesRead: []}];
	const worker = startMemoryWorker({local: {version: 3, scans, pages: {facebook: {'settings-posts': {pageKind: 'settings-posts', readAt: 5, observations: {futurePostsAudience: {state: 'known', value: 'public'}}}}}}});
	const onMessage = worker.send;
	const state = await onMessage({name: 'getState', payload: {}}, fromPopup) as {audit: {sites: Array<{findings: Array<{ruleId: string; status: string}>}>}; scans: unknown[]; answers: unknown; storeProblem: unknown};
	expect(state.audit.sites[0]!.findings).toContainEqual(expect.objectContaining({ruleId: 'future-posts-public', status: 'risk'}));
	expect(state.scans).toEqual(scans);
	expect(state.answers).toEqual({answers: {}, apps: {}});
	expect(state.storeProblem).toBeUndefined();
	expect((await worker.local.get('version')).version).toBe(storageVersion);
});
