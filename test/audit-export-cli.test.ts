import {spawnSync} from 'node:child_process';
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, expect, test} from 'vitest';

// `npm run audit -- --export <download>`: the findings as JSON, exit 0; a download that cannot be read,
// one plain sentence on stderr (no stack trace), exit 1.
const root = join(import.meta.dirname, '..');
const audit = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', join(root, 'src/cli/audit.ts'), ...args], {cwd: root, encoding: 'utf8'});

test('a sample download: its findings, like the page audit\'s (status, ruleId, title, exposure)', () => {
	const run = audit('--export', join(root, 'test/exports/x/archive-2026'));
	expect(run.status, run.stderr).toBe(0);
	const output = JSON.parse(run.stdout) as {download: {platform: string}; findings: Array<Record<string, string>>};
	expect(output.download.platform).toBe('x');
	expect(output.findings).toContainEqual(expect.objectContaining({status: 'risk', ruleId: 'download-connected-apps', title: 'Apps are connected to your account', exposure: '2 connected apps'}));
	expect(run.stdout).not.toContain('1990');
}, 60_000);

// One folder for the files these cases write, removed afterwards.
const folder = mkdtempSync(join(tmpdir(), 'overshare-export-'));
afterAll(() => {
	rmSync(folder, {recursive: true, force: true});
});

test.each([
	['not a zip', 'bytes.zip', 'PK\u0003\u0004 but nothing after', /^This file is not a zip Overshare can open/],
	['nothing there', undefined, '', /^There is no file or folder at /],
	['not a download', 'notes.csv', 'a,b\n1,2\n', /^This is not a data download Overshare knows/],
])('%s: one sentence, exit 1', (_, name, content, sentence) => {
	const file = join(folder, name ?? 'missing.zip');
	if (name) {
		writeFileSync(file, content);
	}

	const run = audit('--export', file);
	expect(run.status).toBe(1);
	expect(run.stdout).toBe('');
	expect(run.stderr).toMatch(sentence);
	expect(run.stderr.trim().split('\n')).toHaveLength(1);
	expect(run.stderr).not.toMatch(/\n\s+at /);
}, 60_000);
