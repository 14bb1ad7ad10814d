import {expect, test} from 'vitest';
import {fromPopup, startMemoryWorker} from './memory-adapters.js';

test('a corrupted store is set aside and reported; the extension starts fresh and keeps working', async () => {
	const worker = startMemoryWorker({local: {version: 2, pages: ['not', 'pages'], changes: []}});
	const onMessage = worker.send;
	const state = await onMessage({name: 'getState', payload: {}}, fromPopup) as {audit: {sites: unknown[]}; storeProblem: {problem: string}};
	expect(state.storeProblem.problem).toBe('unreadable');
	expect(state.audit.sites).toEqual([]);
	const stored = await worker.local.get(null);
	const setAside = Object.keys(stored).filter(key => key.startsWith('setAside-'));
	expect(setAside).toHaveLength(1);
	expect(stored[setAside[0]!]).toEqual({version: 2, pages: ['not', 'pages'], changes: []});

	await onMessage({name: 'forgetEverything', payload: {}}, fromPopup);
	expect(await worker.local.get(null)).toEqual({});
});
