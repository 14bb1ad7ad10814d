// npm run audit -- --url <page URL> <saved-page.html> [--url <URL> <file> …]
// Prints one JSON object: {pages: [{url, site, pageKind, ownProfile, fields}], findings}.
// npm run audit -- --export <download.zip | unpacked folder | Timeline.json>
// Prints one JSON object: {download: {platform, read, skipped}, findings}; a download that cannot be
// read prints one sentence on stderr and exits 1.
import {readFileSync} from 'node:fs';
import type {PageInput} from './audit-pages.js';

const usage = 'Usage: npm run audit -- --url <page URL> <saved-page.html> [--url <URL> <file> …], or npm run audit -- --export <download>';

function parseArguments(args: readonly string[]): PageInput[] {
	const inputs: PageInput[] = [];
	for (let index = 0; index < args.length; index += 3) {
		const [flag, url, file] = args.slice(index, index + 3);
		if (flag !== '--url' || !url || !file) {
			throw new Error(usage);
		}

		inputs.push({url, html: readFileSync(file, 'utf8')});
	}

	if (inputs.length === 0) {
		throw new Error(usage);
	}

	return inputs;
}

const args = process.argv.slice(2);
if (args[0] === '--export') {
	if (args.length !== 2) {
		process.stderr.write(`${usage}\n`);
		process.exitCode = 2;
	} else {
		// Each way loads only its own modules: pages need jsdom (~0.6 s to load), a download does not.
		const {auditExport, ExportAuditError} = await import('./audit-export.js');
		try {
			process.stdout.write(`${JSON.stringify(await auditExport(args[1]!), null, 2)}\n`);
		} catch (error) {
			// One sentence, never a stack trace: the download is the user's, the problem is in it.
			process.stderr.write(`${error instanceof ExportAuditError ? error.message : `Overshare could not read this download: ${(error as Error).message}`}\n`);
			process.exitCode = 1;
		}
	}
} else {
	try {
		const inputs = parseArguments(args);
		const {auditPages} = await import('./audit-pages.js');
		process.stdout.write(`${JSON.stringify(auditPages(inputs), null, 2)}\n`);
	} catch (error) {
		process.stderr.write(`${(error as Error).message}\n`);
		process.exitCode = 2;
	}
}
