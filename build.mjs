// Builds dist/chrome and dist/firefox: IIFE bundles (content scripts must be classic scripts) for
// the background, the popup and one content script per site, one text bundle per language, plus
// icons, _locales and a per-browser manifest.
import {cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import * as esbuild from 'esbuild';

const root = dirname(fileURLToPath(import.meta.url));
const watch = process.argv.includes('--watch');
const targets = ['chrome', 'firefox'];

// One content bundle per site folder that has an entry (content-scripts/sites/<id>/content.ts):
// a page loads only its own site's adapter.
const siteDir = join(root, 'content-scripts/sites');
const contentEntries = Object.fromEntries(readdirSync(siteDir)
	.filter(id => existsSync(join(siteDir, id, 'content.ts')))
	.map(id => [`content-${id}`, join(siteDir, id, 'content.ts')]));

// One folder per language (src/i18n/<lang>/): its UI messages become _locales/<lang>/messages.json,
// and its engine catalog the bundle text-<lang>.js, which extension pages load only for the UI language.
const i18nDir = join(root, 'src/i18n');
const languages = readdirSync(i18nDir).filter(language => existsSync(join(i18nDir, language, 'messages.json')));
const textEntries = Object.fromEntries(languages
	.filter(language => existsSync(join(i18nDir, language, 'register.ts')))
	.map(language => [`text-${language}`, join(i18nDir, language, 'register.ts')]));

const entryPoints = {
	background: join(root, 'src/background/background.ts'),
	popup: join(root, 'popup/main.tsx'),
	report: join(root, 'popup/report/report-main.tsx'),
	review: join(root, 'popup/review/review-main.tsx'),
	// "Check a download": reads a platform's data download on the device (zip.js: only this page carries it).
	download: join(root, 'popup/download/download-main.tsx'),
	// "Save a page sample", injected by the popup only when asked (every site's readers: it is not on every page).
	capture: join(root, 'content-scripts/capture/capture-main.ts'),
	...textEntries,
	...contentEntries,
};

/** Chrome runs the service worker; Firefox runs background scripts and needs its gecko block. */
function manifestFor(target) {
	const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8'));
	if (target === 'chrome') {
		delete manifest.background.scripts;
		delete manifest.browser_specific_settings;
		// What an organisation may set (src/browser/managed-schema.json); Firefox takes the same keys from
		// its enterprise policies ("3rdparty" › "Extensions" › the add-on's id) and needs no schema file.
		manifest.storage = {managed_schema: 'managed-schema.json'};
	} else {
		delete manifest.background.service_worker;
	}

	return manifest;
}

function copyStatic(out, target) {
	mkdirSync(out, {recursive: true});
	if (target === 'chrome') {
		cpSync(join(root, 'src/browser/managed-schema.json'), join(out, 'managed-schema.json'));
	}
	cpSync(join(root, 'icons'), join(out, 'icons'), {recursive: true, filter: source => !source.endsWith('.svg')});
	// Messages for the UI languages (manifest __MSG_…__ and browser.i18n.getMessage).
	for (const language of languages) {
		mkdirSync(join(out, '_locales', language), {recursive: true});
		cpSync(join(i18nDir, language, 'messages.json'), join(out, '_locales', language, 'messages.json'));
	}

	cpSync(join(root, 'popup/popup.html'), join(out, 'popup.html'));
	cpSync(join(root, 'popup/popup.css'), join(out, 'popup.css'));
	cpSync(join(root, 'popup/report/report.html'), join(out, 'report.html'));
	cpSync(join(root, 'popup/report/report.css'), join(out, 'report.css'));
	cpSync(join(root, 'popup/review/review.html'), join(out, 'review.html'));
	cpSync(join(root, 'popup/review/review.css'), join(out, 'review.css'));
	cpSync(join(root, 'popup/download/download.html'), join(out, 'download.html'));
	cpSync(join(root, 'popup/download/download.css'), join(out, 'download.css'));
	writeFileSync(join(out, 'manifest.json'), `${JSON.stringify(manifestFor(target), null, 2)}\n`);
}

const options = out => ({
	entryPoints,
	outdir: out,
	bundle: true,
	format: 'iife',
	target: ['chrome120', 'firefox142'],
	jsx: 'automatic',
	jsxImportSource: 'preact',
	minify: true,
	legalComments: 'none',
	logLevel: 'warning',
});

for (const target of targets) {
	const out = join(root, 'dist', target);
	rmSync(out, {recursive: true, force: true});
	copyStatic(out, target);
	if (watch) {
		const context = await esbuild.context(options(out));
		await context.watch();
	} else {
		await esbuild.build(options(out));
	}
}

if (watch) {
	console.log('Watching for changes (dist/chrome, dist/firefox)…');
}
