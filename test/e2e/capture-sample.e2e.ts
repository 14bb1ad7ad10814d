// "Save a page sample" in Chromium: on a served own page, the About section's button saves the
// redacted page through a download link of the toolbar popup; the file names the page kind, keeps no
// personal string and still reads as the page did. Nothing is sent anywhere.
import {existsSync, mkdtempSync, readdirSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {JSDOM} from 'jsdom';
import {afterAll, beforeAll, expect, it} from 'vitest';
import {detectReadablePage} from '../../content-scripts/detect-readable-page.js';
import {extractPage} from '../../content-scripts/extract-page.js';
import {siteReaders} from '../../content-scripts/sites/index.js';
import {listFixtures} from '../fixtures.js';
import {isAllowedRequest, launchExtension, poll, type Launched} from './launch.js';

const fixture = listFixtures().find(candidate => candidate.site === 'linkedin' && candidate.pageKind === 'ads-beyond-linkedin' && candidate.name === 'risky')!;
let app: Launched;
let downloads: string;

beforeAll(async () => {
	app = await launchExtension({[fixture.url]: fixture.html});
	downloads = mkdtempSync(join(tmpdir(), 'overshare-downloads-'));
	// Downloads under their own names into a folder of the test (Playwright's default names them by id).
	const cdp = await app.context.browser()!.newBrowserCDPSession();
	await cdp.send('Browser.setDownloadBehavior', {behavior: 'allow', downloadPath: downloads});
});

afterAll(async () => {
	await app?.close();
	rmSync(downloads, {recursive: true, force: true});
});

it('saves a redacted sample of the own page from the About section', async () => {
	const {page, status} = await app.visit(fixture.url);
	expect(status).toBe('read');
	const popup = await app.openActionPopup({tab: page});
	try {
		await popup.evaluate(`(() => { document.querySelector('details.about').open = true; document.querySelector('details.about button.capture').click(); })()`);
		await popup.waitFor('document.querySelector(\'.capture-result[data-capture="saved"]\')', 10_000);
	} finally {
		await popup.close();
	}

	const saved = await poll(async () => readdirSync(downloads).filter(name => name.endsWith('.html')), names => names.length === 1, 10_000, 'the saved sample');
	expect(saved[0]).toMatch(/^overshare-sample-linkedin-ads-beyond-linkedin-\d{4}-\d{2}-\d{2}\.html$/);
	const file = join(downloads, saved[0]!);
	expect(existsSync(file)).toBe(true);
	const html = readFileSync(file, 'utf8');
	expect(html.split('\n')[0]).toBe(`<!-- ${detectReadablePage(siteReaders, fixture.url)!.page.url} -->`);
	expect(html).toMatch(/^<!-- captured \d{4}-\d{2}-\d{2} with Overshare \d+\.\d+\.\d+ on a linkedin\/ads-beyond-linkedin page/m);
	expect(html).not.toMatch(/Robin|robin-example|<img|<style/i);
	// The sample still reads as the live page did (its live switch state was written into it).
	const sample = new JSDOM(html, {url: fixture.url}).window.document;
	const expected = JSON.parse(readFileSync(fixture.file.replace(/\.html$/, '.expected.json'), 'utf8')) as {observations: unknown};
	expect(extractPage(detectReadablePage(siteReaders, fixture.url)!, sample).observations).toEqual(expected.observations);
	expect(app.requests.filter(request => !isAllowedRequest(request, new Set([new URL(fixture.url).href]), app.extensionId))).toEqual([]);
});
