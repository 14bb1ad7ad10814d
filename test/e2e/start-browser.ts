// A fresh browser with the built extension for each end-to-end test, started ahead for the suite
// (keepBrowserReady): launch.ts takes one for each launchExtension.
import {mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {chromium, type BrowserContext} from 'playwright-core';
import {chromiumArgs, chromiumPath, serveSamples, type Serving} from './serve-samples.js';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const distChrome = resolve(process.env.OVERSHARE_DIST ?? join(repoRoot, 'dist/chrome'));

export type RecordedRequest = {url: string; from: 'page' | 'service-worker'; resourceType: string};

export type Started = {context: BrowserContext; userDataDir: string; requests: RecordedRequest[]} & Awaited<ReturnType<typeof serveSamples>>;

/** A fresh profile and browser with the extension, recording every request from its first. */
async function startBrowser({lang, latency}: {lang?: string} & Serving): Promise<Started> {
	const userDataDir = newProfile();
	const context = await chromium.launchPersistentContext(userDataDir, {
		executablePath: chromiumPath,
		headless: true,
		// Unsafe extension debugging: CDP's Extensions.triggerAction, a click on the toolbar button (openActionPopup).
		args: [`--disable-extensions-except=${distChrome}`, `--load-extension=${distChrome}`, '--enable-unsafe-extension-debugging', ...chromiumArgs, ...lang ? [`--lang=${lang}`] : []],
		...lang ? {locale: lang, env: {...process.env, LANGUAGE: lang}} : {},
	});

	const requests: RecordedRequest[] = [];
	context.on('request', request => {
		requests.push({url: request.url(), from: request.serviceWorker() ? 'service-worker' : 'page', resourceType: request.resourceType()});
	});

	return {context, userDataDir, requests, ...await serveSamples(context, {latency})};
}

/**
 * The next test's browser, started while this one runs (see keepBrowserReady). Kept on globalThis: the
 * e2e runner reuses its worker process across files and may evaluate this module again for each.
 */
const ready = globalThis as {overshareSpareBrowser?: Promise<Started | undefined>; overshareKeepBrowserReady?: boolean};

/**
 * For the e2e suite (test/e2e/setup.ts): every launch without a language or latency of its own takes a
 * browser started ahead, with its own fresh profile, and starts the next. Chromium answers
 * storage.managed only about 3 s after it starts (its policy service initialising; the worker awaits that
 * before recording a page), and each test used to wait it out after its launch. Not for the demo or the
 * benchmark: a spare browser would keep their process alive and load the machine they measure.
 */
export function keepBrowserReady(): void {
	ready.overshareKeepBrowserReady = true;
}

/** A new profile folder: in the run's own folder (profiles-folder.ts), which goes when the run ends, if there is one. */
function newProfile(): string {
	return mkdtempSync(join(process.env.OVERSHARE_E2E_PROFILES ?? tmpdir(), 'overshare-e2e-'));
}

export async function takeBrowser(serving: {lang?: string} & Serving): Promise<Started> {
	const spare = serving.lang || serving.latency ? undefined : ready.overshareSpareBrowser;
	if (spare) {
		ready.overshareSpareBrowser = undefined;
	}

	const started = await spare ?? await startBrowser(serving);
	if (ready.overshareKeepBrowserReady && !ready.overshareSpareBrowser) {
		// A spare that fails to start is not an error here: the next launch starts its own.
		// The last spare is never taken: Playwright ends its browser with the worker, and its profile goes with the run's folder.
		ready.overshareSpareBrowser = startBrowser({}).catch(() => undefined);
	}

	return started;
}

