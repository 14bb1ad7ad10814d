import {join} from 'node:path';
import {defineConfig} from 'vitest/config';
import {ownModules} from './own-modules.js';

// OVERSHARE_REPORT_DIR=<dir> adds a JSON report (<dir>/unit.json) next to the usual output (.ci/run).
const reportDir = process.env.OVERSHARE_REPORT_DIR;

const include = ['test/**/*.test.{ts,tsx}', 'content-scripts/**/*.test.ts', 'src/**/*.test.ts', 'popup/**/*.test.tsx'];

export default defineConfig({
	oxc: {jsx: {runtime: 'automatic', importSource: 'preact'}},
	test: {
		// Most tests are pure or build their own JSDOM for a page sample; the popup and DOM-watching
		// tests say `// @vitest-environment jsdom` on their first line. A jsdom per file costs ~1 s.
		environment: 'node',
		// Vitest keeps one core free by default: on a 2-core CI machine that runs every file in turn.
		maxWorkers: 2,
		// Worker threads, not child processes: each of the 87 files starts its worker a little cheaper
		// (whole suite on 2 cores, A/B: ~2 min 17 s with forks, ~2 min with threads; CPU 260 s -> 223 s).
		pool: 'threads',
		// Tests count and compare, they do not time: a shared, loaded machine (CI, or several runs at
		// once) only makes them slower, which must not fail them. Speed lives in `npm run bench`.
		testTimeout: 30_000,
		setupFiles: ['test/setup.ts'],
		// Files share their worker's imports (isolate: false), but for those test/own-modules.ts lists:
		// 56 of the 92 files load jsdom (~0.6 s each), most the whole content-script and rules graph. Whole suite on 2 cores
		// (2026-12-04): 94–98 s against 140–144 s isolated; passes with the files shuffled (two seeds).
		// Setup still runs before each file: the fake browser is the same object, its parts fresh.
		projects: [
			{extends: true, test: {name: 'shared', include, exclude: ['test/e2e/**', 'node_modules/**', ...ownModules], isolate: false}},
			{extends: true, test: {name: 'own-modules', include: ownModules}},
		],
		...(reportDir ? {reporters: ['default', 'json'], outputFile: {json: join(reportDir, 'unit.json')}} : {}),
	},
});
