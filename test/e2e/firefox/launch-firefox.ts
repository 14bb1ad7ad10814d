// The built extension (dist/firefox) in the system Firefox ESR, driven by puppeteer-core over WebDriver
// BiDi (../shared/reference/toolchain.md, "Firefox"): installed as a temporary add-on, its pages opened
// at a pinned moz-extension UUID, page samples served at their real URLs by request interception, and
// every other request recorded and refused. The same shape as the Chromium harness (../launch.ts) for
// what a Firefox test needs: serve, visit, openPopup, local, session, requests, close.
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import puppeteer, {type Browser, type Page} from 'puppeteer-core';
import type {StoredLocal} from '../launch.js';
import {poll} from '../poll.js';
import {repoRoot} from '../launch.js';
import {detectPage} from '../../../src/core/sites/detect-page.js';
import {sites} from '../../../src/core/sites/index.js';

export const firefoxPath = process.env.OVERSHARE_FIREFOX ?? '/usr/bin/firefox-esr';
export const distFirefox = resolve(process.env.OVERSHARE_DIST_FIREFOX ?? join(repoRoot, 'dist/firefox'));
/** Pinned, so the extension's pages have a known address (moz-extension://<uuid>/popup.html). */
const uuid = '0c0ffee0-0000-4000-8000-00000000a11c';

export type FirefoxRequest = {url: string};
type BidiConnection = {send(method: string, params: object): Promise<unknown>; on(event: string, listener: (event: BlockedRequest) => void): void};
type BlockedRequest = {isBlocked: boolean; intercepts?: string[]; request: {request: string; url: string}};
export type Samples = Record<string, string>;

export type LaunchedFirefox = {
	browser: Browser;
	extensionBase: string;
	/** Requests for anything but a served sample: refused, and kept here for the test to check. */
	strays: FirefoxRequest[];
	serve(samples: Samples): void;
	/** Opens a sample URL (of a page Overshare reads) in a new tab, or in `page`; resolves once its content script's report on it is in session storage. */
	visit(url: string, options?: {page?: Page; timeoutMs?: number}): Promise<{page: Page; status: string}>;
	/** Opens an extension page (popup.html by default) as a tab; resolves once it has rendered past "Loading…". */
	openPage(file?: string): Promise<Page>;
	local(): Promise<StoredLocal>;
	session(): Promise<Record<string, {site: string; pageKind: string; status: string; at: number}>>;
	close(): Promise<void>;
};

const normalize = (url: string) => {
	try {
		return new URL(url).href;
	} catch {
		return url;
	}
};

/** `prefs`: more Firefox preferences, e.g. to start with every site's access withheld. */
export async function launchFirefox(initial: Samples = {}, {prefs = {}}: {prefs?: Record<string, unknown>} = {}): Promise<LaunchedFirefox> {
	const manifest = JSON.parse(readFileSync(join(distFirefox, 'manifest.json'), 'utf8')) as {browser_specific_settings: {gecko: {id: string}}};
	const geckoId = manifest.browser_specific_settings.gecko.id;
	const profile = mkdtempSync(join(tmpdir(), 'overshare-firefox-'));
	const browser = await puppeteer.launch({
		browser: 'firefox',
		executablePath: firefoxPath,
		headless: true,
		userDataDir: profile,
		args: ['--remote-allow-system-access'],
		extraPrefsFirefox: {
			'extensions.webextensions.uuids': JSON.stringify({[geckoId]: uuid}),
			// Firefox asks every page for /favicon.ico (Chromium does not): it would break "nothing leaves".
			'browser.chrome.site_icons': false,
			...prefs,
		},
	});
	await browser.installExtension(distFirefox);
	const extensionBase = `moz-extension://${uuid}/`;

	const samples = new Map<string, string>(Object.entries(initial).map(([url, html]) => [normalize(url), html]));
	const strays: FirefoxRequest[] = [];
	// One browser-wide BiDi intercept (no contexts): it serves the tabs the extension opens itself too
	// (Scan all's, Show me's), which a per-page interception never sees.
	const connection = (browser as unknown as {connection: BidiConnection}).connection;
	await connection.send('session.subscribe', {events: ['network.beforeRequestSent']});
	const {result: {intercept}} = await connection.send('network.addIntercept', {phases: ['beforeRequestSent']}) as {result: {intercept: string}};
	connection.on('network.beforeRequestSent', (event: BlockedRequest) => {
		if (!event.isBlocked || !event.intercepts?.includes(intercept)) {
			return;
		}

		const html = samples.get(normalize(event.request.url));
		if (html === undefined) {
			strays.push({url: event.request.url});
			void connection.send('network.failRequest', {request: event.request.request}).catch(() => undefined);
			return;
		}

		void connection.send('network.provideResponse', {
			request: event.request.request, statusCode: 200, reasonPhrase: 'OK',
			headers: [{name: 'content-type', value: {type: 'string', value: 'text/html; charset=utf-8'}}],
			body: {type: 'string', value: html},
		}).catch(() => undefined);
	});

	const servedPage = async () => browser.newPage();

	const openPage = async (file = 'popup.html', ready: 'rendered' | 'storage' = 'rendered') => {
		const page = await browser.newPage();
		// Extension pages never report their load over BiDi, so page.goto() would only time out: the
		// browsing context is navigated without waiting for a load event, then the test waits for what it needs.
		await connection.send('browsingContext.navigate', {context: (page.mainFrame() as unknown as {_id: string})._id, url: `${extensionBase}${file}`, wait: 'none'});
		await (ready === 'rendered'
			? page.waitForFunction(() => document.body !== null && document.body.childElementCount > 0 && document.querySelector('.loading, .load-failed') === null, {timeout: 15_000})
			: page.waitForFunction(() => typeof (globalThis as unknown as {browser?: {storage?: object}}).browser?.storage === 'object', {timeout: 15_000}));
		return page;
	};

	// One extension page kept open to read storage with. It waits for the storage API only, not for the
	// popup to render: during a long Scan all on a loaded machine the worker can be too busy to answer
	// the popup within its 8 s, and a reader that waited for the checklist then never became ready.
	let reader: Page | undefined;
	const storage = async <T>(area: 'local' | 'session'): Promise<T> => {
		reader ??= await openPage('popup.html', 'storage');
		return reader.evaluate(async name => (globalThis as unknown as {browser: {storage: Record<string, {get(keys: null): Promise<unknown>}>}}).browser.storage[name]!.get(null), area) as Promise<T>;
	};

	const session = async () => storage<Awaited<ReturnType<LaunchedFirefox['session']>>>('session');

	const visit: LaunchedFirefox['visit'] = async (url, {page: tab, timeoutMs = 15_000} = {}) => {
		const since = Date.now();
		const page = tab ?? await servedPage();
		await page.goto(url, {waitUntil: 'load'});
		// This page's report: its site and page kind, written since the visit began, not the "reading" note.
		const detected = detectPage(sites, url);
		const isThisPage = (state: {site: string; pageKind: string; status: string; at: number}) =>
			state.at >= since && state.status !== 'reading' && state.site === detected?.site.id && state.pageKind === detected.pageKind;
		const reported = await poll(session, states => Object.values(states).some(isThisPage), timeoutMs, `the content script's report on ${url}`);
		const newest = Object.values(reported).filter(isThisPage).sort((a, b) => b.at - a.at)[0]!;
		return {page, status: newest.status};
	};

	return {
		browser, extensionBase, strays, visit, openPage, session,
		serve: more => Object.entries(more).forEach(([url, html]) => samples.set(normalize(url), html)),
		local: async () => storage<StoredLocal>('local'),
		close: async () => {
			await browser.close().catch(() => undefined);
			rmSync(profile, {recursive: true, force: true, maxRetries: 3});
		},
	};
}
