import {defineConfig} from 'vitest/config';

export default defineConfig({
	oxc: {jsx: {runtime: 'automatic', importSource: 'preact'}},
	test: {
		include: ['test/**/*.test.{ts,tsx}', 'content-scripts/**/*.test.ts', 'src/**/*.test.ts', 'popup/**/*.test.tsx'],
		exclude: ['test/e2e/**', 'node_modules/**'],
		environment: 'jsdom',
		setupFiles: ['test/setup.ts'],
	},
});
