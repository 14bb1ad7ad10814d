// Bench (f): extraction on pages of 100k+ nodes, for every site and page kind, against one
// TreeWalker pass over the same page, side by side in one run. Each page kind's risky sample is
// grown in Chromium by a shape of test/hostile-pages.ts: a full app shell with thousands of posts,
// one element of 50k text nodes, 34k copies of the site's labels, a chain 25k deep, and very long
// texts in the app shell. Goal: the ratio stays about that of one DOM walk (1–3×) everywhere.
// Alone: `npx tsx test/tools/bench-hostile.ts [site/page-kind prefix]` (no build needed: no extension is loaded).
import {join} from 'node:path';
import * as esbuild from 'esbuild';
import {listFixtures} from '../fixtures.js';
import {launchPlain, repoRoot} from '../e2e/launch.js';
import type {ShapeName} from '../hostile-pages.js';

const cases: Record<string, Array<[ShapeName, number]>> = {
	'app shell': [['shell', 24_000]],
	siblings: [['siblings', 50_000]],
	labels: [['labels', 34_000]],
	deep: [['deep', 25_000]],
	'long texts': [['shell', 24_000], ['long', 25_000]],
};

const pad = (text: string | number, width: number) => String(text).padEnd(width);
const padLeft = (text: string | number, width: number) => String(text).padStart(width);
const medianOf = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export async function benchHostile({batches = 7, minBatchMs = 3, only = ''}: {batches?: number; minBatchMs?: number; only?: string} = {}): Promise<void> {
	const bundle = await esbuild.build({
		entryPoints: [join(repoRoot, 'test/tools/bench-entry.ts')],
		bundle: true, write: false, format: 'iife', minify: true, target: ['chrome120'], logLevel: 'warning',
	});
	const script = bundle.outputFiles[0]!.text;
	const samples = listFixtures().filter(fixture => fixture.name === 'risky' && `${fixture.site}/${fixture.pageKind}`.startsWith(only));
	const browser = await launchPlain(Object.fromEntries(samples.map(fixture => [fixture.url, fixture.html])));
	const names = Object.keys(cases);
	console.log(`\n(f) Extraction ÷ one TreeWalker pass, same grown page, same run (fastest of ${batches} batches each); nodes in thousands`);
	console.log(`${pad('page kind', 48)}${names.map(name => padLeft(name, 16)).join('')}`);
	const ratios = new Map<string, number[]>(names.map(name => [name, []]));
	const bySite = new Map<string, number[]>();
	try {
		for (const fixture of samples) {
			const cells: string[] = [];
			for (const name of names) {
				const page = await browser.context.newPage();
				try {
					await page.goto(fixture.url, {waitUntil: 'load'});
					await page.addScriptTag({content: script});
					const nodes = await page.evaluate(grown => (globalThis as any).overshareBench.grow(grown) as number, cases[name]!);
					const result = await page.evaluate(([b, ms]) => (globalThis as any).overshareBench.run(b, ms), [batches, minBatchMs] as const) as
						{status: string; fastestExtractMs: number; fastestWalkMs: number};
					// The fastest batch of each: on a shared machine the least disturbed run says most.
					const ratio = result.fastestExtractMs / result.fastestWalkMs;
					ratios.get(name)!.push(ratio);
					bySite.set(fixture.site, [...bySite.get(fixture.site) ?? [], ratio]);
					const flag = result.status === 'read' ? '' : '!';
					cells.push(padLeft(`${ratio.toFixed(1)}×${flag} ${Math.round(nodes / 1000)}k`, 16));
				} finally {
					await page.close();
				}
			}

			console.log(`${pad(`${fixture.site}/${fixture.pageKind}`, 48)}${cells.join('')}`);
		}
	} finally {
		await browser.close();
	}

	console.log(`${pad('median', 48)}${names.map(name => padLeft(`${medianOf(ratios.get(name)!).toFixed(1)}×`, 16)).join('')}`);
	console.log(`${pad('max', 48)}${names.map(name => padLeft(`${Math.max(...ratios.get(name)!).toFixed(1)}×`, 16)).join('')}`);
	console.log(`by site, max: ${[...bySite].map(([site, values]) => `${site} ${Math.max(...values).toFixed(1)}×`).join(', ')}  (! = page not read)`);
}

if (process.argv[1]?.endsWith('bench-hostile.ts')) {
	await benchHostile({only: process.argv[2] ?? ''});
}
