// One folder for the browser profiles of one end-to-end run, removed when the run ends (vitest's
// globalSetup). Each test removes its own profile (launch.ts); the browser started ahead for a next
// test that never comes is ended with its worker process, which the runner stops with a signal, so no
// exit handler of the worker's own would remove it: its profile stayed in /tmp after every run.
import {readdirSync, readFileSync, rmSync, mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {setTimeout as sleep} from 'node:timers/promises';

/** Whether a process still runs with `folder` on its command line (Linux's /proc; elsewhere, none is seen). */
function browserUsing(folder: string): boolean {
	let processes: string[];
	try {
		processes = readdirSync('/proc').filter(name => /^\d+$/.test(name));
	} catch {
		return false;
	}

	return processes.some(id => {
		try {
			return readFileSync(join('/proc', id, 'cmdline'), 'utf8').includes(folder);
		} catch {
			return false; // Ended meanwhile.
		}
	});
}

export default function setup(): () => Promise<void> {
	const folder = mkdtempSync(join(tmpdir(), 'overshare-e2e-run-'));
	// The workers start after this and inherit it (start-browser.ts).
	process.env.OVERSHARE_E2E_PROFILES = folder;
	return async () => {
		// An unused spare's Chromium may still be ending, and it writes its profile as it ends: wait for it
		// (10 s at most), or the folder comes back.
		for (let waited = 0; waited < 10_000 && browserUsing(folder); waited += 200) {
			await sleep(200);
		}

		rmSync(folder, {recursive: true, force: true, maxRetries: 3});
	};
}
