// Bench (g): extraction on pages of realistic size, for every site and page kind, against one
// TreeWalker pass over the same page, side by side in one run. Each page kind's risky sample is
// grown in Chromium by test/realistic-pages.ts: a settings page inside the full app shell, an own
// profile with 4,000 posts, 50k–200k nodes. Goal: extraction ÷ walk ≤ 1.0 on every site. The ratio
// is the median over batches of each extraction batch against the walk batch run right after it: on
// this shared machine a fastest-against-fastest ratio moved ±30 % between runs of the same page.
// Alone: `npx tsx test/tools/bench-realistic.ts [site/page-kind prefix]` (no build needed).
import {join} from 'node:path';
import * as esbuild from 'esbuild';
import {listFixtures} from '../fixtures.js';
import {launchPlain, repoRoot} from '../e2e/launch.js';

const pad = (text: string | number, width: number) => String(text).padEnd(width);
const padLeft = (text: string | number, width: number) => String(text).padStart(width);

export const realisticGoal = 1;

export async function benchRealistic({batches = 15, minBatchMs = 5, only = ''}: {batches?: number; minBatchMs?: number; only?: string} = {}): Promise<Map<string, number>> {
	const bundle = await esbuild.build({
		entryPoints: [join(repoRoot, 'test/tools/bench-entry.ts')],
		bundle: true, write: false, format: 'iife', minify: true, target: ['chrome120'], logLevel: 'warning',
	});
	const script = bundle.outputFiles[0]!.text;
	const samples = listFixtures().filter(fixture => fixture.name === 'risky' && `${fixture.site}/${fixture.pageKind}`.startsWith(only));
	const browser = await launchPlain(Object.fromEntries(samples.map(fixture => [fixture.url, fixture.html])));
	const bySite = new Map<string, number>();
	console.log(`\n(g) Extraction ÷ one TreeWalker pass on pages of realistic size (settings in the full app shell; own profile with 4,000 posts), median of ${batches} batches taken in turn; goal ≤ ${realisticGoal.toFixed(1)}. check+root: the own-account check and finding the content root alone, the part no page kind skips`);
	console.log(`${pad('page kind', 48)}${pad('status', 10)}${padLeft('nodes', 8)}${padLeft('extract ms', 12)}${padLeft('walk ms', 10)}${padLeft('ratio', 8)}${padLeft('check+root', 12)}`);
	try {
		for (const fixture of samples) {
			const page = await browser.context.newPage();
			try {
				await page.goto(fixture.url, {waitUntil: 'load'});
				await page.addScriptTag({content: script});
				const nodes = await page.evaluate(() => (globalThis as any).overshareBench.realistic() as number);
				const result = await page.evaluate(([b, ms]) => (globalThis as any).overshareBench.realisticRun(b, ms), [batches, minBatchMs] as const) as
					{status: string; extractMs: number; walkMs: number; ratio: number; checkRatio: number};
				const {ratio} = result;
				if (process.env.BENCH_PHASES) {
					console.log(JSON.stringify(await page.evaluate(([b, ms]) => (globalThis as any).overshareBench.phases(b, ms), [batches, minBatchMs] as const)));
				}

				bySite.set(fixture.site, Math.max(bySite.get(fixture.site) ?? 0, ratio));
				console.log(`${pad(`${fixture.site}/${fixture.pageKind}`, 48)}${pad(result.status, 10)}${padLeft(`${Math.round(nodes / 1000)}k`, 8)}`
					+ `${padLeft(result.extractMs.toFixed(2), 12)}${padLeft(result.walkMs.toFixed(2), 10)}${padLeft(`${ratio.toFixed(2)}×`, 8)}${padLeft(`${result.checkRatio.toFixed(2)}×`, 12)}`);
			} finally {
				await page.close();
			}
		}
	} finally {
		await browser.close();
	}

	console.log(`by site, max: ${[...bySite].map(([site, ratio]) => `${site} ${ratio.toFixed(2)}× ${ratio <= realisticGoal ? 'within' : 'OVER'}`).join(', ')}  (goal ≤ ${realisticGoal.toFixed(1)})`);
	return bySite;
}

if (process.argv[1]?.endsWith('bench-realistic.ts')) {
	await benchRealistic({only: process.argv[2] ?? ''});
}
