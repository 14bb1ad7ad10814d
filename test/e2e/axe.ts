import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import type {Page} from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Page or toolbar popup: anything that can evaluate a script in the page. */
type Evaluates = Pick<Page, 'evaluate'> | {evaluate<T>(expression: string): Promise<T>};

/**
 * axe-core's violations on an extension page, as "rule (nodes)". Loaded through the debugger:
 * the extension pages' CSP rightly refuses an injected script tag.
 */
export async function axeViolations(page: Evaluates): Promise<string[]> {
	const target = page as {evaluate(expression: string): Promise<unknown>};
	await target.evaluate(axeSource);
	return target.evaluate('(async () => (await axe.run()).violations.map(violation => violation.id + " (" + violation.nodes.length + ")"))()') as Promise<string[]>;
}
