// The measured half of bench (i): checks one download in a fresh process and prints its time and peak
// memory (resident set, as the OS counts it) as JSON.
import {openAsBlob} from 'node:fs';
import {zipSource} from '../../src/archive/zip-source.js';
import {checkExport} from '../../src/core/exports/check-export.js';

const baselineMb = process.resourceUsage().maxRSS / 1024;
const started = performance.now();
const source = await zipSource(await openAsBlob(process.argv[2]!));
const report = await checkExport(source);
await source.close();
const seconds = (performance.now() - started) / 1000;
const points = report.findings.find(finding => finding.ruleId === 'download-location-history');
const summary = `${source.entries.length} files listed, ${report.read.length} read (${report.read.join(', ')}); ${JSON.stringify(points?.exposure.values)}`;
process.stdout.write(JSON.stringify({seconds, peakMb: process.resourceUsage().maxRSS / 1024, baselineMb, summary}));
