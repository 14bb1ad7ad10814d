// Launches the system Chromium with the built extension (dist/chrome), serving page samples in place
// of facebook.com and recording every request the browser makes. Recipe: /work/shared/reference/toolchain.md.
// Used by the E2E suite, `npm run demo` and `npm run bench`.
import {existsSync, rmSync} from 'node:fs';
import {join} from 'node:path';
import type {BrowserContext, Page, Worker} from 'playwright-core';
import type {Audit} from '../../src/core/model/audit.js';
import {detectPage} from '../../src/core/sites/detect-page.js';
import {sites} from '../../src/core/sites/index.js';
import type {StoredPages} from '../../src/core/model/stored-pages.js';
import {attachToTarget, type ActionPopup} from './action-popup.js';
import {poll} from './poll.js';
import {normalize, type Samples, type Serving} from './serve-samples.js';
import {distChrome, takeBrowser, type RecordedRequest} from './start-browser.js';

export {readChecklist, type ActionPopup} from './action-popup.js';
export {poll} from './poll.js';
export {chromiumPath, launchPlain, servedOrigins, type Samples} from './serve-samples.js';
export {distChrome, keepBrowserReady, repoRoot, type RecordedRequest} from './start-browser.js';



export type StoredLocal = {version?: number; pages?: StoredPages; audit?: Audit};

export type Launched = {
	context: BrowserContext;
	extensionId: string;
	popupUrl: string;
	/** Every request the pages and the service worker made, in order. */
	requests: RecordedRequest[];
	/** The URLs answered with a sample (a sample served under its URL, not a 404). */
	served: Set<string>;
	/** Adds or replaces samples. */
	serve(samples: Samples): void;
	/** The service worker; after stopWorkers(), woken first by an extension page's message, as the popup does. */
	worker(): Promise<Worker>;
	local(): Promise<StoredLocal>;
	session(): Promise<Record<string, {site: string; pageKind: string; status: string; at: number}>>;
	badge(): Promise<string>;
	/** Opens a sample URL in a new tab and waits until its content script has reported (session state). */
	visit(url: string, options?: {page?: Page; timeoutMs?: number}): Promise<{page: Page; status: string}>;
	/** Opens popup.html as a tab; resolves once it shows the background's state, not "Loading…" (or after `timeoutMs`). */
	openPopup(options?: {timeoutMs?: number; viewport?: {width: number; height: number}}): Promise<Page>;
	/**
	 * Opens the real toolbar popup (chrome.action.openPopup(), as a click on the icon does) and
	 * attaches to it over CDP: Playwright does not attach to extension popups by itself.
	 */
	openActionPopup(options?: {timeoutMs?: number; tab?: Page}): Promise<ActionPopup>;
	/** Stops every service worker via CDP (as the browser does when idle); resolves once they are stopped. */
	stopWorkers(): Promise<void>;
	close(): Promise<void>;
};


/** `lang`: the browser's UI language (the Debian package chromium-l10n holds the locale packs). */
export async function launchExtension(initial: Samples = {}, {lang, latency}: {lang?: string} & Serving = {}): Promise<Launched> {
	if (!existsSync(join(distChrome, 'manifest.json'))) {
		throw new Error(`${distChrome} is missing: run \`npm run build\` first.`);
	}

	const {context, userDataDir, requests, serve, served} = await takeBrowser({lang, latency});
	serve(initial);

	// A worker stopped through CDP keeps its Playwright Worker object, which evaluates in the new
	// instance once something wakes the worker; until then evaluate() hangs. So after stopWorkers(),
	// the next access first wakes it the way the popup does: an extension page sending a message.
	let asleep = false;
	const worker = async (): Promise<Worker> => {
		const current = context.serviceWorkers().find(candidate => candidate.url().startsWith('chrome-extension://'))
			?? await context.waitForEvent('serviceworker', {timeout: 30_000});
		if (asleep) {
			const page = await context.newPage();
			try {
				await page.goto(`chrome-extension://${new URL(current.url()).host}/popup.html`);
				await page.evaluate(async () => chrome.runtime.sendMessage({name: 'getState', payload: {}}).catch(() => undefined));
				const ping = async () => Promise.race([current.evaluate(() => true), new Promise<false>(resolve => setTimeout(() => resolve(false), 1000))]);
				await poll(ping, Boolean, 10_000, 'the service worker to wake');
				asleep = false;
			} finally {
				await page.close();
			}
		}

		return current;
	};

	const extensionId = new URL((await worker()).url()).host;
	const popupUrl = `chrome-extension://${extensionId}/popup.html`;

	const local = async () => (await worker()).evaluate(async () => chrome.storage.local.get(null)) as Promise<StoredLocal>;
	const session = async () => (await worker()).evaluate(async () => chrome.storage.session.get(null)) as Promise<Awaited<ReturnType<Launched['session']>>>;
	const badge = async () => (await worker()).evaluate(async () => chrome.action.getBadgeText({}));

	const visit: Launched['visit'] = async (url, {page, timeoutMs = 15_000} = {}) => {
		const detected = detectPage(sites, url);
		if (!detected) {
			throw new Error(`${url} is not a page the extension reads`);
		}

		const tab = page ?? await context.newPage();
		const since = Date.now();
		await tab.goto(url, {waitUntil: 'load'});
		// The content script's message saves the tab's state (session storage) for every reading,
		// including someone else's page or a logged-out one, which store nothing else. Matching the
		// page kind lets several tabs load at once; "reading" is the note sent before the page is read.
		const fresh = (value: {site: string; pageKind: string; status: string; at: number}) =>
			value.site === detected.site.id && value.pageKind === detected.pageKind && value.status !== 'reading' && value.at >= since;
		const state = await poll(session, stored => Object.entries(stored).some(([key, value]) => key.startsWith('tab:') && fresh(value)),
			timeoutMs, `the content script's report from ${url}`);
		const latest = Object.values(state).filter(fresh).sort((a, b) => b.at - a.at)[0]!;
		if (latest.status === 'read') {
			// Then the background records the page in storage.local.
			await poll(local, stored => (stored.pages?.[latest.site]?.[latest.pageKind]?.readAt ?? 0) >= since,
				timeoutMs, `${latest.site}/${latest.pageKind} in storage.local`);
		}

		return {page: tab, status: latest.status};
	};

	const openPopup: Launched['openPopup'] = async ({timeoutMs = 5000, viewport} = {}) => {
		const page = await context.newPage();
		if (viewport) {
			await page.setViewportSize(viewport);
		}

		await page.goto(popupUrl);
		// Its state, whatever it is (as openActionPopup waits): an empty checklist or a logged-out page
		// has no checklist item, and waiting for one made each such test sit out the whole timeout (5 s).
		// A "couldn't load" from a cold worker is waited through: the late reply replaces it.
		await page.locator('main > :not(.loading, .load-failed)').first().waitFor({state: 'attached', timeout: timeoutMs}).catch(() => undefined);
		return page;
	};

	const openActionPopup: Launched['openActionPopup'] = async ({timeoutMs = 10_000, tab} = {}) => {
		const browser = context.browser();
		if (!browser) {
			throw new Error('No browser-level CDP session for this context');
		}

		const cdp = await browser.newBrowserCDPSession();
		const popupTargets = async () => ((await cdp.send('Target.getTargets')).targetInfos)
			.filter(target => target.type === 'page' && target.url.startsWith(popupUrl)).map(target => target.targetId);
		const before = new Set(await popupTargets());
		// openPopup needs a focused browser window; the popup is about its active tab.
		const over = tab ?? context.pages().at(-1) ?? await context.newPage();
		await over.bringToFront();
		// As a click on the toolbar button: the popup gets activeTab over that tab ("Save a page sample"
		// injects its script there), which chrome.action.openPopup() does not give. The worker's
		// openPopup remains for a tab CDP cannot name.
		const tabs = (await cdp.send('Target.getTargets', {filter: [{type: 'tab'}]} as never)).targetInfos;
		const tabTarget = tabs.filter(target => target.type === 'tab' && target.url === over.url()).at(-1);
		const clicked = tabTarget !== undefined && await cdp.send('Extensions.triggerAction' as never, {id: extensionId, targetId: tabTarget.targetId} as never)
			.then(() => true, () => false);
		if (!clicked) {
			await (await worker()).evaluate(async () => chrome.action.openPopup());
		}

		const [targetId] = (await poll(popupTargets, ids => ids.some(id => !before.has(id)), timeoutMs, 'the toolbar popup'))
			.filter(id => !before.has(id));
		const popup = await attachToTarget(cdp, targetId!);
		// Rendered once the "loading" line has gone (a checklist, an empty state or a notice). On a busy
		// machine a cold worker can answer after the popup's one-second wait: "couldn't load" shows, and
		// the late reply replaces it, so that state is waited through too (unit tests cover it).
		// Asked again while the popup is still about:blank or navigating (no body, or no context to evaluate in yet).
		const rendered = 'document.querySelector("#app > *") !== null && document.querySelector(".loading, .load-failed") === null';
		await poll(async () => popup.evaluate<boolean>(`Boolean(${rendered})`).catch(() => false), Boolean, timeoutMs, 'the popup to render').catch(() => undefined);
		return popup;
	};

	const stopWorkers = async () => {
		const page = context.pages()[0] ?? await context.newPage();
		const cdp = await context.newCDPSession(page);
		try {
			type Version = {scriptURL: string; runningStatus: string};
			// Per worker script: whether it was seen stopped since listening began. A worker busy with a
			// scan is woken again at once by the next page's message, so "stopped now" may never be seen.
			const stopped = new Map<string, boolean>();
			cdp.on('ServiceWorker.workerVersionUpdated', event => {
				for (const version of event.versions as Version[]) {
					stopped.set(version.scriptURL, (stopped.get(version.scriptURL) ?? false) || version.runningStatus === 'stopped');
				}
			});
			await cdp.send('ServiceWorker.enable');
			await cdp.send('ServiceWorker.stopAllWorkers');
			await poll(async () => [...stopped.values()], list => list.length > 0 && list.every(Boolean),
				10_000, 'the service workers to stop');
			asleep = true;
		} finally {
			await cdp.detach().catch(() => undefined);
		}
	};

	const close = async () => {
		await context.close().catch(() => undefined);
		rmSync(userDataDir, {recursive: true, force: true, maxRetries: 3});
	};

	return {context, extensionId, popupUrl, requests, served, serve, worker, local, session, badge, visit, openPopup, openActionPopup, stopWorkers, close};
}

/** Is this request one the extension and its tests may make? Only served samples and the extension's own files. */
export const isAllowedRequest = (request: RecordedRequest, served: ReadonlySet<string>, extensionId: string): boolean =>
	request.url.startsWith(`chrome-extension://${extensionId}/`) || served.has(normalize(request.url));

