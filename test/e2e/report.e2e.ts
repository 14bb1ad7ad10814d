// "Save report" in Chromium: the report page of the extension lists the findings read from the
// samples, has a print stylesheet, downloads a JSON export, and axe-core finds no violation on it.
import {readFileSync} from 'node:fs';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {axeViolations} from './axe.js';
import {launchExtension, type Launched} from './launch.js';
import {facebook, samplesOf} from './samples.js';

const risky = facebook.filter(fixture => fixture.name === 'risky');

describe('Save report', () => {
	let app: Launched;

	beforeAll(async () => {
		app = await launchExtension(samplesOf(risky));
		for (const fixture of risky) {
			await (await app.visit(fixture.url)).page.close();
		}
	});

	afterAll(async () => app?.close());

	it('opens from the popup, lists the findings, prints, downloads JSON, and passes axe', async () => {
		const popup = await app.openPopup();
		const opened = app.context.waitForEvent('page');
		await popup.getByRole('link', {name: /Save report/}).click();
		const report = await opened;
		await report.waitForSelector('li[data-rule]');
		expect(report.url()).toBe(`chrome-extension://${app.extensionId}/report.html`);
		const atRisk = await report.locator('li[data-status="risk"]').count();
		expect(atRisk).toBeGreaterThan(3);
		await report.emulateMedia({media: 'print'});
		expect(await report.getByRole('button', {name: 'Print'}).isVisible()).toBe(false);
		await report.emulateMedia({media: 'screen'});

		const download = report.waitForEvent('download');
		await report.getByRole('button', {name: 'Download findings (JSON)'}).click();
		const json = JSON.parse(readFileSync((await (await download).path())!, 'utf8')) as {format: string; findings: Array<{status: string}>};
		expect(json.format).toBe('overshare-report');
		expect(json.findings.filter(finding => finding.status === 'risk')).toHaveLength(atRisk);

		expect(await axeViolations(report)).toEqual([]);
	});
});
