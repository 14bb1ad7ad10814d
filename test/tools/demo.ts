// npm run demo: the built extension in headless Chromium on the bundled page samples of fictional
// accounts (made-up names and numbers) on every supported site: Scan all reads them in one background
// tab, a guided question about a setting only the TikTok app shows is answered, and the demo prints
// the checklist per site and saves screenshots: the toolbar popup in demo-output/, and the popup's main
// states, the report and Review together in docs/screenshots/ (the README shows those, so they stay current).
import {mkdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {siteCatalog} from '../../src/background/site-catalog.js';
import type {ScanState} from '../../src/core/scan/scan-state.js';
import {listFixtures} from '../fixtures.js';
import {launchExtension, poll, readChecklist, repoRoot} from '../e2e/launch.js';
import {catalog as en} from '../../src/i18n/en/index.js';
import {renderMessage, ruleTitle} from '../../src/i18n/render.js';

const started = Date.now();
const risky = listFixtures().filter(fixture => fixture.name === 'risky');
// Every page Scan all opens, with its risky sample served at the address the scan uses.
const scanned = siteCatalog().flatMap(site => site.pages.filter(page => !page.reachedByClick).map(page =>
	[page.url, risky.find(fixture => fixture.site === site.id && fixture.pageKind === page.pageKind)!.html] as const));
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

const app = await launchExtension(Object.fromEntries(scanned));
const shotsDir = join(repoRoot, 'docs/screenshots');
const viewport = {width: 380, height: 640};
try {
	mkdirSync(shotsDir, {recursive: true});
	const empty = await app.openPopup({timeoutMs: 500, viewport});
	writeFileSync(join(shotsDir, 'empty.png'), await empty.screenshot());
	await empty.close();

	console.log(`Overshare demo: headless Chromium ${app.context.browser()?.version() ?? ''}, extension ${app.extensionId}`);
	console.log(`Scan all over ${scanned.length} pages of fictional accounts on ${siteCatalog().length} sites (served locally; nothing goes online)…`);
	// A short pause between pages, so the screenshot catches the scan under way (the default is 1 s).
	await (await app.worker()).evaluate(async () => chrome.storage.local.set({scanPaceMs: 300}));
	const scanning = await app.openPopup({viewport});
	await scanning.getByRole('button', {name: 'Scan all'}).click();
	await scanning.getByRole('button', {name: 'Cancel scan'}).waitFor();
	await poll(async () => (await app.session() as {scan?: ScanState}).scan?.current ?? 0, current => current >= 8, 60_000, 'the scan under way');
	writeFileSync(join(shotsDir, 'scanning.png'), await scanning.screenshot());
	const scan = await poll(async () => (await app.session() as {scan?: ScanState}).scan, state => state?.phase === 'finished', 180_000, 'the scan to finish');
	for (const step of scan!.steps) {
		console.log(`  ${(step.outcome ?? '-').padEnd(8)} ${step.url}`);
	}

	// A setting only the TikTok app shows: the user says they use TikTok and who can message them.
	// Clicked, not check()ed: the box is drawn from what the background stored, a moment later.
	await scanning.locator('input[name="uses-app"][value="tiktok"]').click();
	await scanning.locator('input[name="answer-tiktok.direct-messages"][value="everyone"]').click();
	await poll(app.local, local => local.audit?.sites.some(site => site.findings.some(finding => finding.ruleId === 'tiktok-dms-from-everyone' && finding.status === 'risk')) ?? false,
		10_000, 'the reported finding');
	await scanning.close();
	const last = await app.context.newPage();
	await last.goto(scanned[0]![0]);

	const {audit} = await app.local();
	const badge = await app.badge();
	const popup = await app.openActionPopup({tab: last});
	const shown = await readChecklist(popup);

	for (const site of audit?.sites ?? []) {
		const counts = (status: string) => site.findings.filter(finding => finding.status === status).length;
		console.log(`\n${site.siteName}: ${counts('risk')} at risk, ${counts('unknown')} couldn't check, ${counts('ok')} ok\n`);
		console.log(`  ${'STATUS'.padEnd(8)} ${'SEVERITY'.padEnd(9)} TITLE / exposure`);
		for (const finding of site.findings) {
			const indent = ' '.repeat(21);
			console.log(`  ${finding.status.padEnd(8)} ${finding.severity.padEnd(9)} ${wrap(ruleTitle(en, finding.ruleId), 78, indent)}`);
			console.log(`${indent}→ ${wrap(renderMessage(en, finding.exposure), 76, `${indent}  `)}`);
		}
	}

	// Each site's findings, and those across accounts (the popup lists both).
	const stored = [...audit?.sites.flatMap(site => site.findings) ?? [], ...audit?.across ?? []].map(finding => `${finding.ruleId}:${finding.status}`);
	const inPopup = shown.map(item => `${item.rule}:${item.status}`);
	const same = stored.length === inPopup.length && stored.every(item => inPopup.includes(item));
	console.log(`\nToolbar badge over the Facebook tab: "${badge}" (its high and critical risks).`);
	console.log(`Popup shows ${shown.length} checklist items${same ? ', the same as stored' : ` — DIFFERENT from storage (${stored.length} stored)`}.`);

	mkdirSync(outDir, {recursive: true});
	writeFileSync(join(outDir, 'popup.png'), await popup.screenshot());
	writeFileSync(join(outDir, 'popup-full.png'), await popup.screenshot({full: true}));
	await popup.close();

	// The main states for the README: findings in light and dark, and the report.
	const states = await app.openPopup({viewport});
	writeFileSync(join(shotsDir, 'findings.png'), await states.screenshot());
	await states.emulateMedia({colorScheme: 'dark'});
	writeFileSync(join(shotsDir, 'findings-dark.png'), await states.screenshot());
	await states.emulateMedia({colorScheme: 'light'});
	const reportOpened = app.context.waitForEvent('page');
	await states.getByRole('link', {name: /Save report/}).click();
	const report = await reportOpened;
	await report.setViewportSize({width: 760, height: 1000});
	await report.waitForSelector('li[data-rule]');
	writeFileSync(join(shotsDir, 'report.png'), await report.screenshot());
	await report.close();
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
		+ ` docs/screenshots/{empty,scanning,findings,findings-dark,report,review}.png. ${((Date.now() - started) / 1000).toFixed(1)} s.`);
	const unread = scan!.steps.filter(step => step.outcome !== 'read').length;
	if (unread > 0) {
		console.log(`${unread} page(s) not read.`);
	}

	if (!same || strays.length > 0 || unread > 0) {
		process.exitCode = 1;
	}
} finally {
	await app.close();
}
