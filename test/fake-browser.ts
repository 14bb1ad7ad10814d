import {existsSync, readFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';

type Listener = (...args: unknown[]) => unknown;
type Messages = Record<string, {message: string; placeholders?: Record<string, {content: string}>}>;

// The UI messages of each language, where the build takes them from (src/i18n/<lang>/messages.json).
const localesRoot = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'i18n');
const catalogs = new Map<string, Messages>();
const messagesFor = (language: string): Messages => {
	const file = join(localesRoot, language, 'messages.json');
	if (!catalogs.has(language)) {
		catalogs.set(language, existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) as Messages : {});
	}

	return catalogs.get(language)!;
};

/**
 * browser.i18n over the real message files, the way the browsers resolve them: the UI language's
 * regional folder's message ("pt-BR" → pt_BR), else its language's ("fr-CA" → fr), else default_locale's
 * (en); named placeholders ($NAME$, case-insensitive) hold $1…$9; "$$" is "$".
 */
function fakeI18n() {
	const i18n = {
		/** The UI language the fake reports; tests switch it with `useLanguage` (test/i18n-language.ts). */
		language: 'en',
		getUILanguage: () => i18n.language,
		getMessage(name: string, substitutions?: string | string[]): string {
			const [language = '', region] = i18n.language.split(/[-_]/);
			const folders = [...(region === undefined ? [] : [`${language.toLowerCase()}_${region.toUpperCase()}`]), language.toLowerCase(), 'en'];
			const entry = folders.map(folder => messagesFor(folder)[name]).find(found => found !== undefined);
			if (!entry) {
				return '';
			}

			const values = substitutions === undefined ? [] : [substitutions].flat();
			const fill = (text: string) => text.replace(/\$(\d)/g, (_, index: string) => values[Number(index) - 1] ?? '');
			const placeholders = Object.fromEntries(Object.entries(entry.placeholders ?? {}).map(([key, {content}]) => [key.toLowerCase(), fill(content)]));
			return entry.message
				.replace(/\$([a-z0-9_@]+)\$/gi, (whole, key: string) => placeholders[key.toLowerCase()] ?? whole)
				.replace(/\$\$/g, '$');
		},
	};
	return i18n;
}

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
	return {
		listeners,
		addListener: (listener: Listener) => listeners.push(listener),
		removeListener(listener: Listener) {
			const index = listeners.indexOf(listener);
			if (index !== -1) {
				listeners.splice(index, 1);
			}
		},
		hasListener: (listener: Listener) => listeners.includes(listener),
	};
};

export function installFakeBrowser() {
	const fresh = {
		runtime: {id: 'overshare-test', onMessage: event(), onStartup: event(), onInstalled: event(), sendMessage: async (_message: unknown) => undefined, getURL: (path: string) => `chrome-extension://overshare-test/${path}`, getManifest: () => ({version: '0.1.0'})},
		storage: {local: fakeArea(), session: fakeArea(), onChanged: event()},
		tabs: {
			onRemoved: event(), onUpdated: event(), query: async () => [{id: 1}], create: async (_details: {url: string}) => ({id: 2}),
			update: async (_id: number, _details: {url: string}) => ({}), remove: async (_id: number) => undefined,
			sendMessage: async (_id: number, _message: unknown): Promise<unknown> => undefined,
		},
		alarms: {create: async () => undefined, clear: async () => true, get: async () => undefined, onAlarm: event()},
		notifications: {create: async (id: string, _options: {title: string; message: string}) => id, clear: async () => true, onClicked: event()},
		i18n: fakeI18n(),
		action: {setBadgeText: async (_details: {text: string}) => undefined, setBadgeBackgroundColor: async () => undefined, setTitle: async () => undefined},
	};
	// Files that share their worker's imports (vitest.config.ts) share webextension-polyfill, which
	// keeps the object it found when first imported: each file gets that object back, all its parts
	// fresh (no data, listener, replaced method or added part of the file before it).
	const installed = (globalThis as unknown as {browser?: Record<string, unknown> & typeof fresh}).browser;
	let fake = fresh;
	if (installed?.runtime?.id === fresh.runtime.id) {
		for (const key of Object.keys(installed).filter(key => !(key in fresh))) {
			delete installed[key];
		}

		fake = Object.assign(installed, fresh);
	}

	Object.assign(globalThis, {chrome: fake, browser: fake});
	return fake;
}
