import {join} from 'node:path';
import {defineConfig} from 'vitest/config';

// OVERSHARE_REPORT_DIR=<dir> adds a JSON report (<dir>/unit.json) next to the usual output (.ci/run).
const reportDir = process.env.OVERSHARE_REPORT_DIR;

export default defineConfig({
	oxc: {jsx: {runtime: 'automatic', importSource: 'preact'}},
	test: {
		include: ['test/**/*.test.{ts,tsx}', 'content-scripts/**/*.test.ts', 'src/**/*.test.ts', 'popup/**/*.test.tsx'],
		exclude: ['test/e2e/**', 'node_modules/**'],
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
		...(reportDir ? {reporters: ['default', 'json'], outputFile: {json: join(reportDir, 'unit.json')}} : {}),
	},
});
