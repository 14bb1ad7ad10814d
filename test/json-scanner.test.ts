import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import {JsonError, jsonScanner, type JsonPrimitive, type PathPart} from '../src/core/exports/json-scanner.js';

// The streaming reader of big export files: it must give what JSON.parse gives, whatever the chunking,
// and refuse what JSON.parse refuses.
function scan(text: string, chunkSize = text.length || 1): Array<[string, unknown]> {
	const seen: Array<[string, unknown]> = [];
	const scanner = jsonScanner((path, value) => seen.push([path.join('/'), valueOf(value)]));
	for (let at = 0; at < text.length; at += chunkSize) {
		scanner.write(text.slice(at, at + chunkSize));
	}

	scanner.end();
	return seen;
}

const valueOf = (value: JsonPrimitive): unknown => (value.kind === 'literal' ? value.value : value.kind === 'number' ? Number(value.text) : value.text);

/** What the scanner should give: every primitive of JSON.parse's result with its path, in order. */
function primitives(value: unknown, path: PathPart[] = [], out: Array<[string, unknown]> = []): Array<[string, unknown]> {
	if (Array.isArray(value)) {
		value.forEach((item, index) => primitives(item, [...path, index], out));
	} else if (value !== null && typeof value === 'object') {
		for (const [key, item] of Object.entries(value)) {
			primitives(item, [...path, key], out);
		}
	} else {
		out.push([path.join('/'), value]);
	}

	return out;
}

describe('the JSON scanner', () => {
	test('gives every value with its path, as JSON.parse reads it, for any chunking', () => {
		fc.assert(fc.property(fc.jsonValue(), fc.integer({min: 1, max: 17}), (value, chunk) => {
			const text = JSON.stringify(value, null, chunk % 3 === 0 ? 2 : undefined);
			// Keys JSON.parse would reorder (integer-like) or merge (duplicates) are compared as entries, in order.
			const expected = primitives(JSON.parse(text));
			const got = scan(text, chunk);
			expect(got.map(([, v]) => v)).toEqual(expected.map(([, v]) => v));
		}), {numRuns: 300, seed: 20261204});
	});

	test('decodes escapes, even split across chunks', () => {
		expect(scan('{"a\\"b":"\\u00e9t\\u00E9 \\n\\\\"}', 1)).toEqual([['a"b', 'été \n\\']]);
	});

	test.each([
		['cut short', '{"a": [1, 2'],
		['a trailing comma in an array', '[1,]'],
		['a trailing comma in an object', '{"a":1,}'],
		['a missing comma', '[1 2]'],
		['a bare word', '{"a": yes}'],
		['a stray closing bracket', '[1]]'],
		['mismatched brackets', '[1}'],
		['a single quote', "{'a': 1}"],
		['a leading zero', '[01]'],
		['a control character in a string', '["a\u0001"]'],
		['a JavaScript prefix', 'window.YTD.account.part0 = []'],
		['text after the document', '{} {}'],
		['empty', ''],
		['too deep', '['.repeat(100) + ']'.repeat(100)],
	])('%s is refused', (_, text) => {
		expect(() => scan(text, 3)).toThrow(JsonError);
	});

	test('a huge string is kept only to its first 4 KB; the rest still validated', () => {
		const value = scan(JSON.stringify({bio: "x".repeat(100_000)}), 1000)[0]![1] as string;
		expect(value!.length).toBe(4096);
	});

	test('reports containers opening and closing', () => {
		const events: string[] = [];
		const scanner = jsonScanner(() => undefined, {onOpen: (path, array) => events.push(`open ${path.join('/')} ${array}`), onClose: (path, array) => events.push(`close ${path.join('/')} ${array}`)});
		scanner.write('{"a": [{}, []]}');
		scanner.end();
		expect(events).toEqual(['open  false', 'open a true', 'open a/0 false', 'close a/0 false', 'open a/1 true', 'close a/1 true', 'close a true', 'close  false']);
	});
});
