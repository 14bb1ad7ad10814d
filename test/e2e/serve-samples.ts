// Serves page samples in place of the real sites, for the extension's browser and a plain one.
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {chromium, type BrowserContext} from 'playwright-core';
import {sites} from '../../src/core/sites/index.js';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Without the background-networking flags, Chromium's own connections fail on this closed network (toolchain.md). */
export const chromiumArgs = [
	'--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run',
];

/**
 * Hosts whose pages the extension reads: their requests are answered from the samples, never the
 * network. Taken from the adapters' match patterns (`https://<host>/*`), so a new site is served too.
 */
export const servedOrigins = [...new Set(sites.flatMap(site => site.matches.map(pattern => new URL(pattern.replace(/\*$/, '')).origin)))];

/** Page URL → sample HTML. */
export type Samples = Record<string, string>;

/** `latency`: how long a sample takes to arrive (the benchmark's real-site delays); none by default. */
export type Serving = {latency?: (url: string) => number};

export const normalize = (url: string): string => {
	try {
		return new URL(url).href;
	} catch {
		return url;
	}
};

/**
 * Answers requests at the browser level (CDP Fetch on the browser target), not per page with
 * context.route(): a tab the extension opens itself ("Scan all") may navigate before Playwright has
 * attached to it, and per-page routing then either misses the request or holds it forever.
 * Served hosts get their samples (or a 404); every other http(s) request fails, never reaching the network.
 */
export async function serveSamples(context: BrowserContext, {latency}: Serving = {}): Promise<{serve(samples: Samples): void; served: Set<string>}> {
	const samples = new Map<string, string>();
	const served = new Set<string>();
	const serve = (more: Samples) => {
		for (const [url, html] of Object.entries(more)) {
			samples.set(normalize(url), html);
		}
	};

	const interception = await context.browser()!.newBrowserCDPSession();
	interception.on('Fetch.requestPaused', (event: {requestId: string; request: {url: string}}) => {
		const url = normalize(event.request.url);
		const origin = new URL(url).origin;
		const html = samples.get(url);
		const wait = html !== undefined && latency ? latency(url) : 0;
		const answer = !servedOrigins.includes(origin)
			? interception.send('Fetch.failRequest', {requestId: event.requestId, errorReason: 'BlockedByClient'})
			: new Promise(resolve => setTimeout(resolve, wait)).then(async () => interception.send('Fetch.fulfillRequest', {
				requestId: event.requestId,
				responseCode: html === undefined ? 404 : 200,
				responseHeaders: [{name: 'Content-Type', value: html === undefined ? 'text/plain' : 'text/html; charset=utf-8'}],
				body: Buffer.from(html ?? `No page sample for ${url}`).toString('base64'),
			}));
		if (html !== undefined && servedOrigins.includes(origin)) {
			served.add(url);
		}

		// A request whose tab closed meanwhile cannot be answered; that is not an error.
		answer.catch(() => undefined);
	});
	await interception.send('Fetch.enable', {patterns: [{urlPattern: 'http://*'}, {urlPattern: 'https://*'}]});
	return {serve, served};
}

/** The same Chromium and serving, without the extension: the baseline the benchmark compares with. */
export async function launchPlain(initial: Samples = {}, serving: Serving = {}): Promise<{context: BrowserContext; close(): Promise<void>}> {
	const userDataDir = mkdtempSync(join(tmpdir(), 'overshare-plain-'));
	const context = await chromium.launchPersistentContext(userDataDir, {executablePath: chromiumPath, headless: true, args: chromiumArgs});
	(await serveSamples(context, serving)).serve(initial);
	return {context, close: async () => {
		await context.close().catch(() => undefined);
		rmSync(userDataDir, {recursive: true, force: true, maxRetries: 3});
	}};
}
