type Listener = (...args: unknown[]) => unknown;

/** An in-memory storage area with the subset of the API Overshare uses. */
function fakeArea() {
	let data: Record<string, unknown> = {};
	return {
		async get(keys?: string | string[] | null) {
			if (keys === undefined || keys === null) {
				return structuredClone(data);
			}

			const list = typeof keys === 'string' ? [keys] : keys;
			return structuredClone(Object.fromEntries(list.filter(key => key in data).map(key => [key, data[key]])));
		},
		async set(items: Record<string, unknown>) {
			data = {...data, ...structuredClone(items)};
		},
		async remove(keys: string | string[]) {
			for (const key of typeof keys === 'string' ? [keys] : keys) {
				delete data[key];
			}
		},
		async clear() {
			data = {};
		},
	};
}

const event = () => {
	const listeners: Listener[] = [];
	return {listeners, addListener: (listener: Listener) => listeners.push(listener), removeListener() {}, hasListener: () => false};
};

export function installFakeBrowser() {
	const fake = {
		runtime: {id: 'overshare-test', onMessage: event(), onStartup: event(), onInstalled: event(), sendMessage: async () => undefined, getURL: (path: string) => `chrome-extension://overshare-test/${path}`},
		storage: {local: fakeArea(), session: fakeArea(), onChanged: event()},
		tabs: {
			onRemoved: event(), onUpdated: event(), query: async () => [{id: 1}], create: async (_details: {url: string}) => ({id: 2}),
			update: async (_id: number, _details: {url: string}) => ({}), remove: async (_id: number) => undefined,
		},
		alarms: {create: async () => undefined, clear: async () => true, get: async () => undefined, onAlarm: event()},
		notifications: {create: async (id: string, _options: {title: string; message: string}) => id, clear: async () => true, onClicked: event()},
		action: {setBadgeText: async (_details: {text: string}) => undefined, setBadgeBackgroundColor: async () => undefined, setTitle: async () => undefined},
	};
	Object.assign(globalThis, {chrome: fake, browser: fake});
	return fake;
}
