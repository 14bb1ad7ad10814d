import {useEffect, useState} from 'preact/hooks';
import browser from 'webextension-polyfill';
import type {Reply} from '../src/background/messages.js';
import {send} from '../src/browser/send.js';

/** `overTab`: the popup was opened over another tab (the toolbar popup), not as a page of its own. */
export type PopupState = Reply<'getState'> & {overTab: boolean};

export type Loaded = {state: 'loading'} | {state: 'failed'} | {state: 'ready'; value: PopupState};

/**
 * The audit, the active tab's reading and the site catalog, fetched from the background when the
 * popup opens and again whenever storage changes, so the checklist updates live while open.
 */
export function useStateFromBackground(): Loaded {
	const [loaded, setLoaded] = useState<Loaded>({state: 'loading'});

	useEffect(() => {
		let tabId: number | undefined;
		let latest = 0;
		let closed = false;

		const load = async () => {
			// Replies can arrive out of order when storage changes quickly: keep only the newest.
			const request = ++latest;
			try {
				const value = await send('getState', {tabId});
				if (!closed && request === latest) {
					setLoaded({state: 'ready', value: {...value, overTab: tabId !== undefined}});
				}
			} catch {
				if (!closed && request === latest) {
					setLoaded({state: 'failed'});
				}
			}
		};

		// The audit lives in local storage; the tab's reading in session storage (any tab's change
		// there costs one cheap re-read, and saves knowing the background's key format).
		const onChanged = (changes: Record<string, unknown>, area: string) => {
			if ((area === 'local' && ('audit' in changes || 'scans' in changes || 'reminder' in changes || 'review' in changes)) || area === 'session') {
				void load();
			}
		};

		browser.storage.onChanged.addListener(onChanged);
		void (async () => {
			try {
				// Without the "tabs" permission only the id is available, which is all getState needs.
				// Opened as a page (a notification's click), the active tab is this page: no tab to report on.
				const [[tab], self] = await Promise.all([browser.tabs.query({active: true, currentWindow: true}), browser.tabs.getCurrent?.()]);
				tabId = tab?.id === undefined || tab.id === self?.id ? undefined : tab.id;
			} catch {
				tabId = undefined;
			}

			await load();
		})();

		return () => {
			closed = true;
			browser.storage.onChanged.removeListener(onChanged);
		};
	}, []);

	return loaded;
}
