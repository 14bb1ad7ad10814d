// npm run audit -- --url <page URL> <saved-page.html> [--url <URL> <file> …]
// Prints one JSON object: {pages: [{url, site, pageKind, ownProfile, fields}], findings}.
import {readFileSync} from 'node:fs';
import {auditPages, type PageInput} from './audit-pages.js';

const usage = 'Usage: npm run audit -- --url <page URL> <saved-page.html> [--url <URL> <file> …]';

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

try {
	process.stdout.write(`${JSON.stringify(auditPages(parseArguments(process.argv.slice(2))), null, 2)}\n`);
} catch (error) {
	process.stderr.write(`${(error as Error).message}\n`);
	process.exitCode = 2;
}
