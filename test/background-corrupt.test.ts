import {expect, test} from 'vitest';
import {installFakeBrowser} from './fake-browser.js';

type Listener = (message: unknown, sender: unknown) => Promise<unknown> | undefined;

test('a corrupted store is set aside and reported; the extension starts fresh and keeps working', async () => {
	const fake = installFakeBrowser();
	await fake.storage.local.set({version: 2, pages: ['not', 'pages'], changes: []});
	await import('../src/background/background.js');
	const onMessage = fake.runtime.onMessage.listeners.at(-1) as Listener;
	const state = await onMessage({name: 'getState', payload: {}}, {id: fake.runtime.id}) as {audit: {sites: unknown[]}; storeProblem: {problem: string}};
	expect(state.storeProblem.problem).toBe('unreadable');
	expect(state.audit.sites).toEqual([]);
	const stored = await fake.storage.local.get(null);
	const setAside = Object.keys(stored).filter(key => key.startsWith('setAside-'));
	expect(setAside).toHaveLength(1);
	expect(stored[setAside[0]!]).toEqual({version: 2, pages: ['not', 'pages'], changes: []});

	await onMessage({name: 'forgetEverything', payload: {}}, {id: fake.runtime.id});
	expect(await fake.storage.local.get(null)).toEqual({});
});
