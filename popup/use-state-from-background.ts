import {useEffect, useState} from 'preact/hooks';
import type {Messaging} from '../src/browser/messaging.js';
import type {Storage} from '../src/browser/storage.js';
import type {Tabs} from '../src/browser/tabs-and-alarms.js';
import type {BackgroundState} from '../src/core/protocol/protocol.js';

/** `overTab`: the popup was opened over another tab (the toolbar popup), not as a page of its own. */
export type PopupState = BackgroundState & {overTab: boolean};

/** `retry` asks the background again; the popup shows it with "Try again". */
export type Loaded = {state: 'loading'} | {state: 'slow'} | {state: 'failed'; retry: () => void} | {state: 'ready'; value: PopupState};

/**
 * How long the popup waits for the background before it says it is still loading: a stopped worker
 * takes a moment to start, more on a busy machine.
 */
export const replyWaitMs = 1000;

/**
 * How long before it says it couldn't load (with "Try again"): it always reaches a state. A reply
 * that comes later still replaces the message.
 */
export const giveUpMs = 8000;

/** The parts of the browser the hook uses: src/browser/ in the extension, stand-ins in tests. */
export type BackgroundConnection = {
	messaging: Pick<Messaging, 'sendToBackground'>;
	storage: Pick<Storage, 'onChanged'>;
	tabs: Pick<Tabs, 'activeTab' | 'currentTab'>;
};

/**
 * The audit, the active tab's reading and the site catalog, fetched from the background when the
 * popup opens and again whenever storage changes, so the checklist updates live while open.
 */
export function useStateFromBackground({messaging, storage, tabs}: BackgroundConnection): Loaded {
	const [loaded, setLoaded] = useState<Loaded>({state: 'loading'});

	useEffect(() => {
		let tabId: number | undefined;
		let latest = 0;
		let closed = false;
		let shown = false;
		// Said once by the background ("some saved results were damaged"): kept while this popup is open.
		let storeProblem: PopupState['storeProblem'];

		const load = async (): Promise<void> => {
			// Replies can arrive out of order when storage changes quickly: keep only the newest.
			const request = ++latest;
			const failed = () => {
				if (!closed && request === latest) {
					setLoaded({state: 'failed', retry: () => void load()});
				}
			};

			const slow = shown ? undefined : setTimeout(() => {
				if (!closed && request === latest) {
					setLoaded(current => (current.state === 'loading' ? {state: 'slow'} : current));
				}
			}, replyWaitMs);
			const waited = shown ? undefined : setTimeout(failed, giveUpMs);
			try {
				const value = await messaging.sendToBackground('getState', {tabId});
				storeProblem = value.storeProblem ?? storeProblem;
				if (!closed && request === latest) {
					shown = true;
					setLoaded({state: 'ready', value: {...value, ...(storeProblem ? {storeProblem} : {}), overTab: tabId !== undefined}});
				}
			} catch {
				failed();
			} finally {
				clearTimeout(slow);
				clearTimeout(waited);
			}
		};

		// The audit lives in local storage; the tab's reading in session storage (any tab's change
		// there costs one cheap re-read, and saves knowing the background's key format).
		const stopListening = storage.onChanged((changes, area) => {
			if ((area === 'local' && ('audit' in changes || 'scans' in changes || 'reminder' in changes || 'review' in changes)) || area === 'session') {
				void load();
			}
		});
		void (async () => {
			try {
				// Without the "tabs" permission only the id is available, which is all getState needs.
				// Opened as a page (a notification's click), the active tab is this page: no tab to report on.
				const [tab, self] = await Promise.all([tabs.activeTab(), tabs.currentTab()]);
				tabId = tab?.id === undefined || tab.id === self?.id ? undefined : tab.id;
			} catch {
				tabId = undefined;
			}

			await load();
		})();

		return () => {
			closed = true;
			stopListening();
		};
	}, []);

	return loaded;
}
