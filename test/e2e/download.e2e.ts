// "Check a download" in Chromium: the page opens from the popup, takes a zip of a platform's data
// download through its file input, reads it on the device and lists the findings; nothing leaves the
// device (every request is the extension's own), storage holds nothing from it; a file that is not a
// zip gets one sentence; Cancel stops a big Takeout mid-read; axe finds no violation.
import {mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, relative, sep} from 'node:path';
import {BlobWriter, configure, Uint8ArrayReader, ZipWriter} from '@zip.js/zip.js';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {makeTakeout} from '../tools/bench-export.js';
import {axeViolations} from './axe.js';
import {isAllowedRequest, launchExtension, repoRoot, type Launched} from './launch.js';

configure({useWebWorkers: false});
const folder = mkdtempSync(join(tmpdir(), 'overshare-download-'));
afterAll(() => {
	rmSync(folder, {recursive: true, force: true});
});

/** A sample download (test/exports/<platform>/<version>/) zipped as the platform gives it. */
async function zipSample(sample: string): Promise<string> {
	const root = join(repoRoot, 'test/exports', sample);
	const walk = (at: string): string[] => readdirSync(at).flatMap(name => (statSync(join(at, name)).isDirectory() ? walk(join(at, name)) : [join(at, name)]));
	const writer = new ZipWriter(new BlobWriter());
	for (const file of walk(root).filter(file => !file.endsWith('SAMPLE.md'))) {
		await writer.add(relative(root, file).split(sep).join('/'), new Uint8ArrayReader(readFileSync(file)));
	}

	const file = join(folder, `${sample.replace('/', '-')}.zip`);
	writeFileSync(file, new Uint8Array(await (await writer.close()).arrayBuffer()));
	return file;
}

describe('Check a download', () => {
	let app: Launched;

	beforeAll(async () => {
		app = await launchExtension();
	});

	afterAll(async () => app?.close());

	it('reads an X archive from the popup\'s link: the findings, nothing sent, nothing stored, and axe passes', async () => {
		const popup = await app.openPopup({timeoutMs: 2000});
		const opened = app.context.waitForEvent('page');
		await popup.getByRole('link', {name: /Check a download/}).click();
		const page = await opened;
		expect(page.url()).toBe(`chrome-extension://${app.extensionId}/download.html`);
		await page.getByLabel(/Choose a download/).setInputFiles(await zipSample('x/archive-2026'));
		await page.waitForSelector('.download-report');
		const statuses = Object.fromEntries(await page.locator('li[data-rule]').evaluateAll(items => items.map(item => [item.getAttribute('data-rule'), item.getAttribute('data-status')])));
		expect(statuses).toEqual({
			'download-birth-date': 'risk', 'download-phone-on-file': 'risk', 'download-inferred-interests': 'risk',
			'download-inferred-age': 'risk', 'download-advertiser-audiences': 'risk', 'download-ads-engaged': 'risk', 'download-connected-apps': 'risk',
		});
		expect(await page.locator('li[data-rule="download-connected-apps"] .exposure').textContent()).toBe('2 connected apps');
		const text = await page.locator('main').textContent() ?? '';
		expect(['1990', '+1555', 'Technology', 'sam@example.com'].filter(value => text.includes(value))).toEqual([]);
		expect(await axeViolations(page)).toEqual([]);

		// Nothing left the device, and nothing of it was kept.
		expect(app.requests.filter(request => !isAllowedRequest(request, new Set(), app.extensionId))).toEqual([]);
		const stored = JSON.stringify([await app.local(), await app.session()]);
		expect(['1990', '+1555', 'Technology', 'connected-apps', 'download-'].filter(value => stored.includes(value))).toEqual([]);
		await page.close();
		await popup.close();
	});

	it('a Takeout with photos: only Records.json read; a file that is not a zip: one sentence', async () => {
		const page = await app.context.newPage();
		await page.goto(`chrome-extension://${app.extensionId}/download.html`);
		await page.getByLabel(/Choose a download/).setInputFiles(await zipSample('google/takeout-records-2021'));
		await page.waitForSelector('.download-report[data-platform="google"]');
		expect(await page.locator('li[data-rule="download-location-history"] .exposure').textContent()).toBe('5 location points from Mar 2019 to Apr 2019');
		expect(await page.locator('.download-report .hint').first().textContent()).toBe('Files read: 1');

		await page.getByRole('button', {name: 'Check another download'}).click();
		const notZip = join(folder, 'holiday.zip');
		writeFileSync(notZip, 'these are not the bytes of a zip');
		await page.getByLabel(/Choose a download/).setInputFiles(notZip);
		await expect.poll(async () => page.getByRole('alert').textContent()).toMatch(/^This is not a data download Overshare knows|^This file is not a zip Overshare can open/);
		await page.close();
	});

	it('Cancel stops a big Takeout while it is read, and the page stays responsive', {timeout: 120_000}, async () => {
		const big = join(folder, 'takeout-big.zip');
		await makeTakeout(big, 1_500_000, 0);
		const page = await app.context.newPage();
		await page.goto(`chrome-extension://${app.extensionId}/download.html`);
		await page.getByLabel(/Choose a download/).setInputFiles(big);
		await page.waitForSelector('progress');
		// The page answers while it reads: a script runs, and the button takes the click.
		expect(await page.evaluate(() => 1 + 1)).toBe(2);
		await page.getByRole('button', {name: 'Cancel'}).click();
		await expect.poll(async () => page.getByRole('alert').textContent()).toContain('Stopped');
		await page.close();
	});
});
