import {dirname, join, relative} from 'node:path';
import {fileURLToPath} from 'node:url';
import {BaseSequencer, type TestSpecification} from 'vitest/node';
import {defineConfig} from 'vitest/config';

/**
 * The longest files first, so that no long file starts last and ends alone (2 workers). vitest orders by
 * the durations it cached on an earlier run, but a fresh clone (CI) has none and gets larger files first,
 * which put Scan all, a short file, near the end. These, then the rest in vitest's order.
 */
const longestFirst = ['scan-all.e2e.ts', 'firefox/sites.firefox.ts', 'scan-all-stops.e2e.ts', 'firefox/scan-all.firefox.ts', 'journey.e2e.ts'];

const here = dirname(fileURLToPath(import.meta.url));

class LongestFirst extends BaseSequencer {
	override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
		const rank = (file: TestSpecification) => {
			const index = longestFirst.indexOf(relative(here, file.moduleId).replaceAll('\\', '/'));
			return index === -1 ? longestFirst.length : index;
		};

		return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
	}
}

// End-to-end: the built extension (dist/chrome) in the system Chromium. Run `npm run test:e2e`.
// OVERSHARE_REPORT_DIR=<dir> adds a JSON report (<dir>/e2e.json) next to the usual output (.ci/run).
const reportDir = process.env.OVERSHARE_REPORT_DIR;

export default defineConfig({
	test: {
		include: ['test/e2e/**/*.e2e.ts', 'test/e2e/firefox/*.firefox.ts'],
		environment: 'node',
		fileParallelism: true,
		// Two files at once. Three or four were tried (2026-12-04): no faster on 2 cores (4m29s, 4m25s
		// against 4m48s), as the browsers' own processes fill the cores, and a loaded worker then missed a
		// Scan all report. Scan all is two files (scan-all, scan-all-stops) so that neither is the long pole.
		maxWorkers: 2,
		sequence: {sequencer: LongestFirst},
		// One process per worker for all its files: the imports (playwright-core, jsdom, the rules) load once
		// (~1 s a file), and the browser started ahead for the next test carries over to the next file.
		isolate: false,
		// Each launch takes a Chromium started ahead while the previous test ran (launch.ts, keepBrowserReady).
		setupFiles: ['test/e2e/setup.ts'],
		globalSetup: ['test/e2e/profiles-folder.ts'],
		testTimeout: 60_000,
		hookTimeout: 60_000,
		...(reportDir ? {reporters: ['default', 'json'], outputFile: {json: join(reportDir, 'e2e.json')}} : {}),
	},
});
