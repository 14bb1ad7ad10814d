import {readFileSync, writeFileSync} from 'node:fs';
import {coverageEnd, coverageStart, coverageTable} from './coverage-table.js';

// Rewrites README's coverage table between its markers (run after adding a page kind or a fix).
const readme = readFileSync('README.md', 'utf8');
const start = readme.indexOf(coverageStart);
const end = readme.indexOf(coverageEnd);
if (start < 0 || end < start) {
	throw new Error('README.md has no coverage-table markers');
}

writeFileSync('README.md', `${readme.slice(0, start + coverageStart.length)}\n${coverageTable()}\n${readme.slice(end)}`);
