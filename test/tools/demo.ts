// npm run demo: the built extension in headless Chromium on the bundled page samples of a fictional
// account (made-up names and numbers): reads its Facebook profile and settings pages, prints the popup's
// checklist and saves screenshots of the toolbar popup in demo-output/, and of the popup's main states
// in docs/screenshots/ (the README shows those, so they stay current).
import {mkdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {listFixtures} from '../fixtures.js';
import {launchExtension, readChecklist, repoRoot} from '../e2e/launch.js';
import {catalog as en} from '../../src/i18n/en/index.js';
import {renderMessage, ruleTitle} from '../../src/i18n/render.js';

const started = Date.now();
const samples = listFixtures().filter(fixture => fixture.site === 'facebook' && fixture.name === 'risky');
const outDir = join(repoRoot, 'demo-output');
const wrap = (text: string, width: number, indent: string) =>
	text.split(' ').reduce<string[]>((lines, word) => {
		const last = lines.at(-1);
		if (last !== undefined && `${last} ${word}`.length <= width) {
			lines[lines.length - 1] = `${last} ${word}`;
		} else {
			lines.push(word);
		}

		return lines;
	}, []).join(`\n${indent}`);

const app = await launchExtension(Object.fromEntries(samples.map(fixture => [fixture.url, fixture.html])));
const shotsDir = join(repoRoot, 'docs/screenshots');
const viewport = {width: 380, height: 640};
try {
	mkdirSync(shotsDir, {recursive: true});
	const empty = await app.openPopup({timeoutMs: 500, viewport});
	writeFileSync(join(shotsDir, 'empty.png'), await empty.screenshot());
	await empty.close();

	console.log(`Overshare demo: headless Chromium ${app.context.browser()?.version() ?? ''}, extension ${app.extensionId}`);
	console.log(`Reading ${samples.length} Facebook page samples of a fictional account (served locally; nothing goes online):`);
	let last;
	for (const fixture of samples) {
		const {page, status} = await app.visit(fixture.url);
		console.log(`  ${status.padEnd(8)} ${fixture.url}`);
		if (last) {
			await last.close();
		}

		last = page;
	}

	const {audit} = await app.local();
	const badge = await app.badge();
	const popup = await app.openActionPopup({tab: last});
	const shown = await readChecklist(popup);

	for (const site of audit?.sites ?? []) {
		const counts = (status: string) => site.findings.filter(finding => finding.status === status).length;
		console.log(`\n${site.siteName}: ${counts('risk')} at risk, ${counts('unknown')} couldn't check, ${counts('ok')} ok`
			+ ` — toolbar badge "${badge}" (high and critical risks)\n`);
		console.log(`  ${'STATUS'.padEnd(8)} ${'SEVERITY'.padEnd(9)} TITLE / exposure`);
		for (const finding of site.findings) {
			const indent = ' '.repeat(21);
			console.log(`  ${finding.status.padEnd(8)} ${finding.severity.padEnd(9)} ${wrap(ruleTitle(en, finding.ruleId), 78, indent)}`);
			console.log(`${indent}→ ${wrap(renderMessage(en, finding.exposure), 76, `${indent}  `)}`);
		}
	}

	const stored = audit?.sites.flatMap(site => site.findings.map(finding => `${finding.ruleId}:${finding.status}`)) ?? [];
	const inPopup = shown.map(item => `${item.rule}:${item.status}`);
	const same = stored.length === inPopup.length && stored.every(item => inPopup.includes(item));
	console.log(`\nPopup shows ${shown.length} checklist items${same ? ', the same as stored' : ` — DIFFERENT from storage (${stored.length} stored)`}.`);

	mkdirSync(outDir, {recursive: true});
	writeFileSync(join(outDir, 'popup.png'), await popup.screenshot());
	writeFileSync(join(outDir, 'popup-full.png'), await popup.screenshot({full: true}));
	await popup.close();

	// The main states for the README: findings in light and dark, and a scan in progress.
	const states = await app.openPopup({viewport});
	writeFileSync(join(shotsDir, 'findings.png'), await states.screenshot());
	await states.emulateMedia({colorScheme: 'dark'});
	writeFileSync(join(shotsDir, 'findings-dark.png'), await states.screenshot());
	await states.emulateMedia({colorScheme: 'light'});
	await (await app.worker()).evaluate(async () => chrome.storage.local.set({scanPaceMs: 5000}));
	await states.getByRole('button', {name: 'Scan all'}).click();
	await states.getByRole('button', {name: 'Cancel scan'}).waitFor();
	writeFileSync(join(shotsDir, 'scanning.png'), await states.screenshot());
	await states.getByRole('button', {name: 'Cancel scan'}).click();
	await states.close();

	// "Review together": the first finding of a 13–15-year-old's review.
	const review = await app.context.newPage();
	await review.setViewportSize({width: 760, height: 1000});
	await review.goto(`chrome-extension://${app.extensionId}/review.html`);
	await review.getByLabel('13 to 15').check();
	await review.getByRole('button', {name: 'Start the review'}).click();
	await review.locator('.review-item').waitFor();
	writeFileSync(join(shotsDir, 'review.png'), await review.screenshot());
	await review.close();
	const strays = app.requests.filter(request => !request.url.startsWith(`chrome-extension://${app.extensionId}/`) && !app.served.has(request.url));
	console.log(`Requests: ${app.requests.length}, all to the served samples or the extension itself${strays.length > 0 ? ` — EXCEPT ${strays.map(r => r.url).join(', ')}` : ''}.`);
	console.log(`Screenshots: demo-output/popup.png (as the popup opens), demo-output/popup-full.png (whole checklist),`
		+ ` docs/screenshots/{empty,findings,findings-dark,scanning,review}.png. ${((Date.now() - started) / 1000).toFixed(1)} s.`);
	if (!same || strays.length > 0) {
		process.exitCode = 1;
	}
} finally {
	await app.close();
}
