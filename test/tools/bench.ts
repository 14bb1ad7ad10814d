// npm run bench: figures, not pass/fail. (a) bundle sizes, (b) extraction time per Facebook page
// sample against one DOM walk of the same page, (c) popup open → first checklist item, (d) the
// engine, (e) "Scan all" against loading the same pages without the extension, (f) extraction on
// pages of 100k+ nodes of every site and page kind, hostile shapes included, against one DOM walk,
// (g) the same on pages of realistic size (settings in the full app shell, a profile with 4,000 posts).
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {gzipSync} from 'node:zlib';
import * as esbuild from 'esbuild';
import {listFixtures} from '../fixtures.js';
import {distChrome, launchExtension, repoRoot} from '../e2e/launch.js';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const pad = (text: string | number, width: number) => String(text).padEnd(width);
const padLeft = (text: string | number, width: number) => String(text).padStart(width);
const medianOf = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

// (a) Bundle sizes.
// Each site ships its own content bundle; the 12 KB target holds for each.
const contentBundles = readdirSync(distChrome).filter(name => /^content-.*\.js$/.test(name)).sort();
// capture.js is injected only when the user saves a page sample: no target.
const targets: Record<string, number | undefined> = {
	'background.js': undefined, 'popup.js': 25 * 1024, 'review.js': 25 * 1024, 'report.js': 25 * 1024, 'capture.js': undefined, 'download.js': undefined,
	...Object.fromEntries(contentBundles.map(name => [name, 12 * 1024])),
};
console.log(`(a) Bundles in ${distChrome} (minified; gzip -9)`);
console.log(`${pad('bundle', 24)}${padLeft('minified', 10)}${padLeft('gzipped', 10)}   target (gz)`);
for (const [name, target] of Object.entries(targets)) {
	const code = readFileSync(join(distChrome, name));
	const gz = gzipSync(code, {level: 9}).length;
	const verdict = target === undefined ? '—' : `≤ ${kb(target)} ${gz <= target ? 'within' : 'OVER'}`;
	console.log(`${pad(name, 24)}${padLeft(kb(code.length), 10)}${padLeft(kb(gz), 10)}   ${verdict}`);
}

// (b) Extraction vs one DOM walk, in Chromium, on every Facebook sample.
const bench = await esbuild.build({
	entryPoints: [join(repoRoot, 'test/tools/bench-entry.ts')],
	bundle: true, write: false, format: 'iife', minify: true, target: ['chrome120'], logLevel: 'warning',
});
const benchScript = bench.outputFiles[0]!.text;
const fixtures = listFixtures().filter(fixture => fixture.site === 'facebook');
const risky = fixtures.filter(fixture => fixture.name === 'risky');
const batches = 15;
const minBatchMs = 3;

const app = await launchExtension();
try {
	console.log(`\n(b) Extraction (detect + own-account check + all readers) vs one TreeWalker over all nodes, same page, same run`);
	console.log(`    ms per run: median of ${batches} batches, each batch ≥ ${minBatchMs} ms of back-to-back runs`);
	console.log(`${pad('sample', 46)}${pad('status', 22)}${padLeft('nodes', 6)}${padLeft('extract', 10)}${padLeft('walk', 9)}${padLeft('ratio', 8)}`);
	const page = await app.context.newPage();
	const ratios: number[] = [];
	const readRatios: number[] = [];
	const readMs: number[] = [];
	for (const fixture of fixtures) {
		app.serve({[fixture.url]: fixture.html});
		await page.goto(fixture.url, {waitUntil: 'load'});
		await page.addScriptTag({content: benchScript});
		const result = await page.evaluate(([b, ms]) => (globalThis as any).overshareBench.run(b, ms), [batches, minBatchMs] as const) as
			{status: string; nodes: number; extractMs: number; walkMs: number};
		const ratio = result.extractMs / result.walkMs;
		ratios.push(ratio);
		if (result.status === 'read') {
			readRatios.push(ratio);
			readMs.push(result.extractMs);
		}

		console.log(`${pad(`${fixture.pageKind}/${fixture.name}`, 46)}${pad(result.status, 22)}${padLeft(result.nodes, 6)}`
			+ `${padLeft(result.extractMs.toFixed(3), 10)}${padLeft(result.walkMs.toFixed(3), 9)}${padLeft(`${ratio.toFixed(1)}×`, 8)}`);
	}

	console.log(`median ratio: ${medianOf(ratios).toFixed(1)}× over all ${ratios.length} samples; ${medianOf(readRatios).toFixed(1)}× over the ${readRatios.length} pages read`
		+ ` (extraction there: median ${medianOf(readMs).toFixed(3)} ms, max ${Math.max(...readMs).toFixed(3)} ms)`);
	await page.close();

	// (c) Popup open → first checklist item, with the risky samples read. The toolbar popup is
	// reloaded with an init script that notes performance.now() (0 = navigation start) when the
	// first li[data-rule] appears.
	app.serve(Object.fromEntries(risky.map(fixture => [fixture.url, fixture.html])));
	for (const fixture of risky) {
		await (await app.visit(fixture.url)).page.close();
	}

	const firstItem = `new MutationObserver((_, observer) => {
		if (document.querySelector('li[data-rule]')) { window.__firstItem = performance.now(); observer.disconnect(); }
	}).observe(document, {childList: true, subtree: true});`;
	const popup = await app.openActionPopup();
	await popup.send('Page.enable');
	await popup.send('Page.addScriptToEvaluateOnNewDocument', {source: firstItem});
	const timeToChecklist = async () => {
		await popup.evaluate('window.__firstItem = undefined');
		await popup.send('Page.reload');
		await popup.waitFor('window.__firstItem !== undefined', 10_000);
		return popup.evaluate<number>('window.__firstItem');
	};

	const warm: number[] = [];
	for (let run = 0; run < 7; run++) {
		warm.push(await timeToChecklist());
	}

	const cold: number[] = [];
	for (let run = 0; run < 3; run++) {
		await app.stopWorkers();
		cold.push(await timeToChecklist());
	}

	const items = await popup.evaluate<number>('document.querySelectorAll("li[data-rule]").length');
	await popup.close();
	console.log(`\n(c) Toolbar popup: navigation start → first li[data-rule] (${items} items, ${risky.length} pages read)`);
	console.log(`    worker running: median ${medianOf(warm).toFixed(0)} ms  (runs: ${warm.map(ms => ms.toFixed(0)).join(', ')})`);
	console.log(`    worker stopped: median ${medianOf(cold).toFixed(0)} ms  (runs: ${cold.map(ms => ms.toFixed(0)).join(', ')})`);
} finally {
	await app.close();
}

// (d) The engine: every rule over every site's merged observations (all risky samples read), in
// Node. The popup shows a stored audit, but the worker rebuilds it on each page read and on each
// profile switch, so it should take well under a millisecond.
{
	const {recordPage, auditOf} = await import('../../src/core/audit/record-page.js');
	const {JSDOM} = await import('jsdom');
	const {detectReadablePage} = await import('../../content-scripts/detect-readable-page.js');
	const {extractPage} = await import('../../content-scripts/extract-page.js');
	const {siteReaders} = await import('../../content-scripts/sites/index.js');
	let stored = {};
	risky.forEach((fixture, index) => {
		const reading = extractPage(detectReadablePage(siteReaders, fixture.url)!, new JSDOM(fixture.html, {url: fixture.url}).window.document);
		stored = recordPage(stored, reading, index + 1)?.pages ?? stored;
	});
	const runs = 2000;
	const times: number[] = [];
	for (let batch = 0; batch < 15; batch++) {
		const start = performance.now();
		for (let run = 0; run < runs; run++) {
			auditOf(stored, 0, run % 2 === 0 ? 'adult' : 'teen13');
		}

		times.push((performance.now() - start) / runs);
	}

	const findings = auditOf(stored, 0).sites.flatMap(site => site.findings).length;
	console.log(`\n(d) Engine: merge + ${findings} rule evaluations + score over ${risky.length} pages: median ${(medianOf(times) * 1000).toFixed(1)} µs per audit (goal < 1 ms)`);
}

// (e) Scan all against plain page loads.
{
	const {benchScanAll} = await import('./bench-scan.js');
	await benchScanAll();
}

// (h) Scan all with real sites' latency (0.5–2 s per page, rendered a second after load): ÷ plain loads, goal ≤ 1.2.
{
	const {benchScanAll} = await import('./bench-scan.js');
	await benchScanAll({rounds: 1, latency: true});
}

// (f) Every page kind grown to 100k+ nodes by hostile shapes, extraction against one DOM walk.
{
	const {benchHostile} = await import('./bench-hostile.js');
	await benchHostile();
}

// (g) Every page kind at a realistic size (app shell, an own profile's 4,000 posts), extraction ÷ one DOM walk; goal ≤ 1.0.
{
	const {benchRealistic} = await import('./bench-realistic.js');
	await benchRealistic();
}

// (i) A heavy Google Takeout (1,000,000 location points beside 300 MB of photos) read on the device, in Node: time and peak memory.
{
	const {benchExport} = await import('./bench-export.js');
	await benchExport();
}
