import {readdirSync, readFileSync, statSync} from 'node:fs';
import {join, relative, sep} from 'node:path';
import {BlobWriter, TextReader, Uint8ArrayReader, ZipWriter} from '@zip.js/zip.js';
import {describe, expect, test} from 'vitest';
import {NotAZipError, zipSource} from '../src/archive/zip-source.js';
import {exportSourceAt} from '../src/cli/export-sources.js';
import {checkExport, ExportProblemError, type ExportReport} from '../src/core/exports/check-export.js';
import type {ExportSource} from '../src/core/exports/export-source.js';
import {exportLimits} from '../src/core/exports/limits.js';
import {exportPlatforms} from '../src/core/exports/platforms/index.js';

// Reading a data download on the device: every platform's samples (test/exports/<platform>/<version>/,
// each with a SAMPLE.md saying which facts it follows), as a folder and as a zip; only the files
// Overshare knows are opened; findings are counts and spans, never a value from the files; and every
// kind of bad input ends in a clear problem or a skipped file, never a crash or an ok.
const samplesRoot = join(import.meta.dirname, 'exports');
const samples = readdirSync(samplesRoot).flatMap(platform => readdirSync(join(samplesRoot, platform)).map(version => `${platform}/${version}`));

/** Every file of a sample folder, by its path inside the download (SAMPLE.md is about the sample, not in it). */
function filesOf(sample: string): Array<[string, Uint8Array]> {
	const root = join(samplesRoot, sample);
	const walk = (folder: string): string[] => readdirSync(folder).flatMap(name => (statSync(join(folder, name)).isDirectory() ? walk(join(folder, name)) : [join(folder, name)]));
	return walk(root).map(file => [relative(root, file).split(sep).join('/'), readFileSync(file)] as [string, Uint8Array]).filter(([path]) => path !== 'SAMPLE.md');
}

async function zipOf(files: ReadonlyArray<[string, Uint8Array | string]>, level = 6): Promise<Blob> {
	const writer = new ZipWriter(new BlobWriter(), {level});
	for (const [path, content] of files) {
		await writer.add(path, typeof content === 'string' ? new TextReader(content) : new Uint8ArrayReader(content));
	}

	return writer.close();
}

/** A source that notes every file opened. */
function watched(source: ExportSource): ExportSource & {opened: string[]} {
	const opened: string[] = [];
	return {entries: source.entries, opened, open(path, signal) {
		opened.push(path);
		return source.open(path, signal);
	}};
}

const statuses = (report: ExportReport) => Object.fromEntries(report.findings.map(finding => [finding.ruleId.replace('download-', ''), finding.status]));

/** What each sample must say, by rule (its SAMPLE.md gives the facts). */
const expected: Record<string, Record<string, string>> = {
	'google/takeout-records-2021': {'location-history': 'risk', 'home-location': 'unknown'},
	'google/takeout-records-2023': {'location-history': 'risk', 'home-location': 'unknown'},
	'google/device-timeline-2025': {'location-history': 'risk', 'home-location': 'risk'},
	'x/archive-2026': {'birth-date': 'risk', 'phone-on-file': 'risk', 'inferred-interests': 'risk', 'inferred-age': 'risk', 'advertiser-audiences': 'risk', 'ads-engaged': 'risk', 'connected-apps': 'risk'},
	'facebook/dyi-2024': {'off-platform-activity': 'risk', 'home-location': 'risk', 'birth-date': 'risk', 'phone-on-file': 'risk', 'advertiser-audiences': 'risk', 'connected-apps': 'risk'},
	'instagram/dyi-2022': {'birth-date': 'risk', 'phone-on-file': 'risk', 'inferred-interests': 'risk', 'advertiser-audiences': 'risk'},
	'tiktok/user-data-2024': {'birth-date': 'risk', 'phone-on-file': 'risk', 'home-location': 'risk'},
	'tiktok/user-data-2022': {'birth-date': 'risk', 'phone-on-file': 'risk', 'home-location': 'risk'},
	'linkedin/basic-2025': {'birth-date': 'risk', 'home-location': 'risk', 'inferred-interests': 'risk', 'advertiser-audiences': 'risk'},
	'snapchat/mydata-2023': {'location-history': 'risk'},
};

/** The counts and spans each sample's SAMPLE.md states, as the findings carry them. */
const exposures: Record<string, Record<string, unknown>> = {
	'google/takeout-records-2021': {'location-history': {count: {count: 5}, from: {month: '2019-03'}, to: {month: '2019-04'}}},
	'google/takeout-records-2023': {'location-history': {count: {count: 8}, from: {month: '2023-03'}, to: {month: '2023-05'}}},
	'google/device-timeline-2025': {'location-history': {count: {count: 6}, from: {month: '2024-06'}, to: {month: '2024-09'}}},
	'x/archive-2026': {'inferred-interests': {count: {count: 3}}, 'advertiser-audiences': {count: {count: 12}}, 'connected-apps': {count: {count: 2}}, 'ads-engaged': {count: {count: 2}, from: {month: '2024-01'}, to: {month: '2024-03'}}},
	'facebook/dyi-2024': {'off-platform-activity': {count: {count: 2}, events: {count: 3}}, 'advertiser-audiences': {count: {count: 4}}, 'connected-apps': {count: {count: 1}}},
	'instagram/dyi-2022': {'inferred-interests': {count: {count: 2}}, 'advertiser-audiences': {count: {count: 3}}},
	'linkedin/basic-2025': {'inferred-interests': {count: {count: 2}}, 'advertiser-audiences': {count: {count: 5}}},
	'snapchat/mydata-2023': {'location-history': {count: {count: 3}, from: {month: '2022-12'}, to: {month: '2023-02'}}},
};

/** Values in the samples that must never reach a finding (names, dates, numbers, places, interests). */
const personal = ['Brand A', 'Tea Co', 'Illinois', '62701', '1990', '+1555', 'Springfield', 'sam@example.com', 'Sam Placeholder', 'Technology', 'Cats', 'shop.example', 'Quiz App', '94000', 'Fictional Co', '48.1', '51.5', 'Jun 15'];

test('every sample folder is one the test knows', () => {
	expect(samples.sort()).toEqual(Object.keys(expected).sort());
});

describe.each(samples)('%s', sample => {
	const check = (report: ExportReport) => {
		expect(report.platform).toBe(sample.split('/')[0]);
		expect(report.skipped).toEqual([]);
		expect(statuses(report)).toEqual(expected[sample]);
		for (const [rule, values] of Object.entries(exposures[sample] ?? {})) {
			expect(report.findings.find(finding => finding.ruleId === `download-${rule}`)!.exposure.values, rule).toEqual(values);
		}

		const said = JSON.stringify(report.findings);
		expect(personal.filter(value => said.includes(value))).toEqual([]);
	};

	test('as an unpacked folder: read, judged, nothing personal in the findings, no media opened', async () => {
		const source = watched(await exportSourceAt(join(samplesRoot, sample)));
		check(await checkExport(source));
		expect(source.opened.filter(path => /\.(jpe?g|png|mp4|html)$/i.test(path))).toEqual([]);
		expect(source.opened).not.toContain('SAMPLE.md');
	});

	test('as a zip: the same, unpacking only the files it knows', async () => {
		const source = await zipSource(await zipOf(filesOf(sample)));
		const opened = watched(source);
		check(await checkExport(opened));
		expect(opened.opened.length).toBeLessThan(source.entries.length + 1);
		expect(opened.opened.every(path => !/\.(jpe?g|png|html)$/.test(path))).toBe(true);
	});
});

describe('bad input: a clear problem, or one file skipped and the rest read; never an ok', () => {
	const xFiles = () => filesOf('x/archive-2026');

	test('a file that is not a zip', async () => {
		await expect(zipSource(new Blob(['just some text, not an archive at all'.repeat(100)]))).rejects.toThrow(NotAZipError);
	});

	test('a zip cut short (its directory at the end is gone)', async () => {
		const whole = new Uint8Array(await (await zipOf(xFiles())).arrayBuffer());
		await expect(zipSource(new Blob([whole.slice(0, Math.floor(whole.length / 2))]))).rejects.toThrow(NotAZipError);
	});

	test('an archive of another kind (a zip of documents)', async () => {
		const source = await zipSource(await zipOf([['report.docx', 'x'], ['notes/todo.txt', 'buy tea']]));
		await expect(checkExport(source)).rejects.toThrow(ExportProblemError);
	});

	test('a damaged entry (bytes flipped inside its packed data): that file is skipped as damaged, the others read', async () => {
		const files = xFiles();
		const bytes = new Uint8Array(await (await zipOf(files, 9)).arrayBuffer());
		const source = await zipSource(new Blob([bytes]));
		const victim = source.entries.find(entry => entry.path === 'data/personalization.js')!;
		// The local header starts the entry's bytes; corrupt the middle of its packed data.
		const name = new TextEncoder().encode('data/personalization.js');
		let at = 0;
		for (; at < bytes.length; at++) {
			if (bytes[at] === 0x50 && bytes[at + 1] === 0x4b && bytes[at + 2] === 3 && bytes[at + 3] === 4 && name.every((byte, index) => bytes[at + 30 + index] === byte)) {
				break;
			}
		}

		const dataStart = at + 30 + name.length + (bytes[at + 28]! | (bytes[at + 29]! << 8));
		for (let index = 0; index < Math.min(40, victim.packedSize!); index++) {
			const position = dataStart + Math.floor(victim.packedSize! / 3) + index;
			bytes[position] = bytes[position]! ^ 0xff;
		}

		const report = await checkExport(await zipSource(new Blob([bytes])));
		expect(report.skipped).toEqual([{path: 'data/personalization.js', reason: 'file-damaged'}]);
		expect(report.read).toContain('data/ageinfo.js');
		expect(statuses(report)['inferred-interests']).toBe('unknown');
		expect(statuses(report)['birth-date']).toBe('risk');
		expect(report.findings.find(finding => finding.ruleId === 'download-inferred-interests')!.exposure).toEqual({id: 'couldnt-check', values: {reason: {reason: 'file-damaged'}}});
	});

	test('a zip bomb (an entry that packs over 200 to 1): skipped unread as too large', async () => {
		const bomb = `window.YTD.personalization.part0 = [${' '.repeat(8 * 1024 * 1024)}]`;
		const source = watched(await zipSource(await zipOf([...xFiles().filter(([path]) => path !== 'data/personalization.js'), ['data/personalization.js', bomb]], 9)));
		const report = await checkExport(source);
		expect(report.skipped).toEqual([{path: 'data/personalization.js', reason: 'file-too-large'}]);
		expect(source.opened).not.toContain('data/personalization.js');
		expect(statuses(report)['inferred-interests']).toBe('unknown');
	});

	test('an entry that unpacks to more than it declared: reading stops at the limit', async () => {
		// A directory may lie about sizes: bytes are counted as they come.
		const endless: ExportSource = {entries: [{path: 'Takeout/Location History/Records.json', size: 10, packedSize: 10}], async *open() {
			yield new TextEncoder().encode('{"locations": [');
			for (;;) {
				yield new TextEncoder().encode('{"timestamp": "2020-01-01T00:00:00Z"},'.repeat(1000));
			}
		}};
		const report = await checkExport(endless, {limits: {...exportLimits, entryBytes: 2 * 1024 * 1024}});
		expect(report.skipped).toEqual([{path: 'Takeout/Location History/Records.json', reason: 'file-too-large'}]);
		expect(statuses(report)['location-history']).toBe('unknown');
	});

	test.each([
		['malformed JSON', 'window.YTD.ageinfo.part0 = [{"ageMeta": {"ageInfo": {"birthDate": "1990-06-15"}}'],
		['JavaScript that is not the archive\'s', 'alert(1); window.location = "https://evil.example"'],
		['an empty file', ''],
	])('%s in one entry: that file skipped as damaged, the rest read', async (_, text) => {
		const report = await checkExport(await zipSource(await zipOf([...xFiles().filter(([path]) => path !== 'data/ageinfo.js'), ['data/ageinfo.js', text]])));
		expect(report.skipped).toEqual([{path: 'data/ageinfo.js', reason: 'file-damaged'}]);
		expect(statuses(report)['birth-date']).toBe('unknown');
		expect(statuses(report)['connected-apps']).toBe('risk');
	});

	test('a version Overshare does not know (TikTok without its ProfileMap): couldn\'t check, never ok', async () => {
		const report = await checkExport(await zipSource(await zipOf([['user_data_tiktok.json', JSON.stringify({'Profile Settings v3': {Info: {birthDate: '1990-06-15'}}})]])));
		expect(report.skipped).toEqual([{path: 'user_data_tiktok.json', reason: 'format-unknown'}]);
		expect(new Set(Object.values(statuses(report)))).toEqual(new Set(['unknown']));
	});

	test('a download that leaves a file out: its findings say so', async () => {
		const report = await checkExport(await zipSource(await zipOf(xFiles().filter(([path]) => path !== 'data/connected-application.js'))));
		expect(report.findings.find(finding => finding.ruleId === 'download-connected-apps')!.exposure).toEqual({id: 'couldnt-check', values: {reason: {reason: 'not-in-download'}}});
	});

	test('a yes/no fact two files answer is yes if either says so, in any order of the files', async () => {
		const profile: [string, string] = ['personal_information/profile_information/profile_information.json', JSON.stringify({profile_v2: {current_city: {name: ''}, hometown: {name: ''}}})];
		const based: [string, string] = ['logged_information/location/primary_location.json', JSON.stringify({primary_location_v2: {city_region_pairs: [['Springfield', 'Illinois']]}})];
		for (const files of [[profile, based], [based, profile]]) {
			expect(statuses(await checkExport(await zipSource(await zipOf(files))))['home-location'], files[0]![0]).toBe('risk');
		}
	});

	test('"__proto__" and other hostile keys and names are data like any other', async () => {
		const report = await checkExport(await zipSource(await zipOf([
			['data/ageinfo.js', 'window.YTD.ageinfo.part0 = [{"__proto__": {"polluted": 1}, "ageMeta": {"ageInfo": {"birthDate": "1990-06-15", "constructor": 1}}}]'],
			['data/__proto__.js', 'window.YTD.x.part0 = []'],
		])));
		expect(statuses(report)['birth-date']).toBe('risk');
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});

	test('more files than any download lists', async () => {
		const many: ExportSource = {entries: Array.from({length: 11}, (_, index) => ({path: `data/f${index}.js`, size: 1})), open: async function* () {}};
		await expect(checkExport(many, {limits: {...exportLimits, entries: 10}})).rejects.toThrow(ExportProblemError);
	});

	test('cancel stops the reading', async () => {
		const controller = new AbortController();
		const slow: ExportSource = {entries: [{path: 'Takeout/Location History/Records.json', size: 1e6}], async *open() {
			yield new TextEncoder().encode('{"locations": [');
			controller.abort();
			yield new TextEncoder().encode('{}');
		}};
		await expect(checkExport(slow, {signal: controller.signal})).rejects.toThrow();
	});
});

test('the README names every format read, with its source (what each is known from, and how surely)', () => {
	const readme = readFileSync(join(import.meta.dirname, '../README.md'), 'utf8');
	for (const platform of exportPlatforms) {
		for (const format of platform.entries) {
			expect(readme, `${platform.id} ${format.path.source}`).toContain(format.source);
		}
	}
});
