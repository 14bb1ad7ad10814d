// Bench (e): "Scan all" over every page kind's risky sample, against loading the same pages one
// after another in the same Chromium without the extension. Goal: the scan adds under 20%.
// The polite pause between pages (1 s by default) is set to 0 here: it is a choice, not a cost.
// Bench (h), the same with real sites' latency: each page takes 0.5–2 s to arrive and its app renders
// a second after load, so both sides wait for what a person would wait for (issue 16).
import {siteCatalog} from '../../src/background/site-catalog.js';
import type {ScanState} from '../../src/core/scan/scan-state.js';
import {listFixtures} from '../fixtures.js';
import {launchExtension, launchPlain, poll, type Samples} from '../e2e/launch.js';

const medianOf = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

function scanSamples(render: (html: string) => string = html => html): Samples {
	const fixtures = listFixtures();
	return Object.fromEntries(siteCatalog().flatMap(site => site.pages.map(page => [page.url,
		render(fixtures.find(fixture => fixture.site === site.id && fixture.pageKind === page.pageKind && fixture.name === 'risky')!.html)])));
}

/** The page's body is held back and put in place a second after load, as a single-page app renders. */
const renderLater = (html: string): string => html
	.replace(/<body([^>]*)>/, '<body$1><template id="overshare-bench-later">')
	.replace(/<\/body>/, '</template><script>addEventListener("load", () => setTimeout(() => { const later = document.getElementById("overshare-bench-later"); later.replaceWith(later.content); }, 1000));</script></body>');

/** 0.5–2 s to arrive, fixed per page (a hash of its URL), so both sides wait alike. */
const latencyOf = (url: string): number => 500 + ([...url].reduce((hash, char) => (hash * 31 + char.charCodeAt(0)) >>> 0, 7) % 1501);

type Options = {rounds?: number; latency?: boolean};

export async function benchScanAll({rounds = 3, latency = false}: Options = {}): Promise<void> {
	const samples = scanSamples(latency ? renderLater : undefined);
	const urls = Object.keys(samples);
	const serving = latency ? {latency: latencyOf} : {};

	const plain = await launchPlain(samples, serving);
	const plainMs: number[] = [];
	try {
		const page = await plain.context.newPage();
		for (let round = 0; round < rounds; round++) {
			const start = performance.now();
			for (const url of urls) {
				await page.goto(url, {waitUntil: 'load'});
				if (latency) {
					await page.waitForFunction(() => document.getElementById('overshare-bench-later') === null, undefined, {timeout: 30_000});
				}
			}

			plainMs.push(performance.now() - start);
		}
	} finally {
		await plain.close();
	}

	const app = await launchExtension(samples, serving);
	const scanMs: number[] = [];
	try {
		await (await app.worker()).evaluate(async () => chrome.storage.local.set({scanPaceMs: 0}));
		const popup = await app.context.newPage();
		await popup.goto(app.popupUrl);
		for (let round = 0; round < rounds; round++) {
			await popup.evaluate(async () => chrome.runtime.sendMessage({name: 'startScan', payload: {}}));
			// startedAt and endedAt are the worker's own clock: no polling delay in the figure.
			const ended = await poll(async () => popup.evaluate(async () => (await chrome.storage.session.get('scan')).scan as ScanState | undefined),
				state => state?.phase === 'finished' && state.endedAt !== undefined, 120_000, 'the scan to finish');
			scanMs.push(ended!.endedAt! - ended!.startedAt);
			const unread = ended!.steps.filter(step => step.outcome !== 'read').length;
			if (unread > 0) {
				console.log(`    (round ${round + 1}: ${unread} page(s) not read)`);
			}
		}
	} finally {
		await app.close();
	}

	const ratio = medianOf(scanMs) / medianOf(plainMs);
	console.log(latency
		? `\n(h) Scan all with real sites' latency (each page 0.5–2 s to arrive, rendered 1 s after load), ${urls.length} pages (pause 0) vs loading them in turn until rendered without the extension, ${rounds} round(s)`
		: `\n(e) Scan all over ${urls.length} pages (pause 0) vs loading them in turn without the extension, same Chromium, ${rounds} rounds`);
	console.log(`    without extension: median ${medianOf(plainMs).toFixed(0)} ms  (runs: ${plainMs.map(ms => ms.toFixed(0)).join(', ')})`);
	console.log(`    Scan all:          median ${medianOf(scanMs).toFixed(0)} ms  (runs: ${scanMs.map(ms => ms.toFixed(0)).join(', ')})`);
	console.log(`    Scan all ÷ plain loads: ${ratio.toFixed(2)} (goal ≤ 1.2); with the default 1 s pause it would add ${urls.length} s more`);
}
