// Bench (i): a Google Takeout of a heavy user read on the device, in Node: a Records.json of 1,000,000
// location points (~150 MB unpacked) beside 300 MB of photos, zipped as Takeout zips them. Reports the
// time to check it and the peak memory of the process that did (a child process of its own, so that
// making the zip does not count). Goals: under 30 s and under 300 MB.
// Alone: `npx tsx test/tools/bench-export.ts [points] [photo MB]`.
import {spawnSync} from 'node:child_process';
import {randomFillSync} from 'node:crypto';
import {createWriteStream, mkdtempSync, rmSync, statSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {Writable} from 'node:stream';
import {configure, ZipWriter} from '@zip.js/zip.js';

configure({useWebWorkers: false});

export const exportGoals = {seconds: 30, peakMb: 300};

/** Records.json, written point by point as a stream (never whole in memory). */
function records(points: number): ReadableStream<Uint8Array> {
	const encoder = new TextEncoder();
	let index = 0;
	const start = Date.UTC(2014, 0, 1);
	return new ReadableStream({
		pull(controller) {
			if (index === 0) {
				controller.enqueue(encoder.encode('{\n  "locations": [{\n'));
			}

			const lines: string[] = [];
			for (let batch = 0; batch < 5000 && index < points; batch++, index++) {
				const time = new Date(start + index * 300_000).toISOString();
				lines.push(`    "latitudeE7": ${515_000_000 + (index % 9973)},\n    "longitudeE7": ${-1_200_000 - (index % 7919)},\n    "accuracy": ${10 + (index % 40)},\n    "source": "WIFI",\n    "deviceTag": 1234567,\n    "timestamp": "${time}"\n  }`);
			}

			controller.enqueue(encoder.encode(lines.join(', {\n')));
			if (index >= points) {
				controller.enqueue(encoder.encode(']\n}\n'));
				controller.close();
			} else {
				controller.enqueue(encoder.encode(', {\n'));
			}
		},
	});
}

/** A photo: random bytes, which do not pack (Takeout stores JPEGs as they are). */
function photo(bytes: number): ReadableStream<Uint8Array> {
	let left = bytes;
	return new ReadableStream({
		pull(controller) {
			const size = Math.min(left, 1024 * 1024);
			controller.enqueue(randomFillSync(new Uint8Array(size)));
			left -= size;
			if (left === 0) {
				controller.close();
			}
		},
	});
}

export async function makeTakeout(file: string, points: number, photoMb: number): Promise<void> {
	const writer = new ZipWriter(Writable.toWeb(createWriteStream(file)) as WritableStream<Uint8Array>, {zip64: true});
	await writer.add('Takeout/archive_browser.html', new Blob(['<html></html>']).stream());
	for (let index = 0; index < photoMb / 10; index++) {
		await writer.add(`Takeout/Google Photos/Photos from 2019/IMG_${String(index).padStart(4, '0')}.jpg`, photo(10 * 1024 * 1024), {level: 0});
	}

	await writer.add('Takeout/Location History (Timeline)/Records.json', records(points), {level: 1});
	await writer.close();
}

export async function benchExport({points = 1_000_000, photoMb = 300} = {}): Promise<{seconds: number; peakMb: number}> {
	const folder = mkdtempSync(join(tmpdir(), 'overshare-bench-'));
	const zip = join(folder, 'takeout-001.zip');
	try {
		console.log(`\n(i) A Google Takeout read on the device (Node): Records.json of ${points.toLocaleString('en')} points beside ${photoMb} MB of photos; goals < ${exportGoals.seconds} s, < ${exportGoals.peakMb} MB peak`);
		await makeTakeout(zip, points, photoMb);
		const run = spawnSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'bench-export-run.ts'), zip], {encoding: 'utf8', cwd: join(import.meta.dirname, '../..')});
		if (run.status !== 0) {
			throw new Error(run.stderr);
		}

		const result = JSON.parse(run.stdout) as {seconds: number; peakMb: number; baselineMb: number; summary: string};
		console.log(`zip ${(statSync(zip).size / 1024 / 1024).toFixed(0)} MB: ${result.summary}`);
		console.log(`time ${result.seconds.toFixed(1)} s ${result.seconds < exportGoals.seconds ? 'within' : 'OVER'}; peak memory ${result.peakMb.toFixed(0)} MB ${result.peakMb < exportGoals.peakMb ? 'within' : 'OVER'} (the process before reading: ${result.baselineMb.toFixed(0)} MB)`);
		return result;
	} finally {
		rmSync(folder, {recursive: true, force: true});
	}
}

if (process.argv[1]?.endsWith('bench-export.ts')) {
	await benchExport({points: Number(process.argv[2] ?? 1_000_000), photoMb: Number(process.argv[3] ?? 300)});
}
