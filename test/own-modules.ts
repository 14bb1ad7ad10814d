/**
 * Unit test files that need modules of their own (vitest.config.ts runs every other file with its
 * worker's imports shared): a file that forgets every imported module (vi.resetModules, as
 * test/i18n-language.ts does so that the popup's strings, read once at import, are read again in
 * another language) or replaces one (vi.mock), and a file that imports the worker's entry, which
 * adds its listeners to the browser's events once, when first imported. test/own-modules.test.ts
 * keeps this list complete.
 */
export const ownModules = [
	'test/background-entry.test.ts', 'test/background-migration-v4.test.ts', 'test/background-scan.test.ts',
	'test/popup-french.test.tsx', 'test/popup-german.test.tsx', 'test/popup-portuguese.test.tsx',
	'test/popup-spanish.test.tsx', 'test/review-spanish.test.tsx', 'test/show-me-target.test.ts',
];

/** Whether a test file's source asks for modules of its own: itself, through the language helpers, or by importing the worker's entry. */
export const needsOwnModules = (source: string): boolean =>
	/\bvi\.(mock|doMock|unmock|resetModules)\(|\buseLanguage\(|from '\.\/(i18n-language|popup-in-language)\.js'|'[./]+\/src\/background\/background\.js'/.test(source);
