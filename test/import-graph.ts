import {existsSync, readdirSync, readFileSync, statSync} from 'node:fs';
import {dirname, join, relative, resolve} from 'node:path';

/** Each source file (relative to the root) with what it imports: other source files, and packages by name. */
export type ImportGraph = Map<string, {files: string[]; packages: string[]}>;

// Static imports and re-exports, type-only ones included (`import type`, `export type … from`), over
// several lines too, and side-effect imports (`import './x.js'`).
const staticImport = /^\s*(?:import|export)\s+(?:type\s+)?(?:[\w$*{},\s]+?\s+from\s+)?['"]([^'"]+)['"]/gm;
// `import('…')` runs later, so it makes no circle at load; it still crosses a folder line.
const dynamicImport = /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g;

/** The specifiers a file's text imports: static ones, and dynamic ones too when asked. */
export const importSpecifiers = (text: string, {dynamic = false}: {dynamic?: boolean} = {}): string[] =>
	[...text.matchAll(staticImport), ...dynamic ? text.matchAll(dynamicImport) : []].map(match => match[1]!);

/** A relative specifier as the bundler resolves it: `./x.js` is `./x.ts` or `./x.tsx` in the sources. */
function resolveFile(from: string, specifier: string): string | undefined {
	const base = resolve(dirname(from), specifier);
	const candidates = [base, base.replace(/\.js$/, '.ts'), base.replace(/\.js$/, '.tsx')];
	return candidates.find(candidate => existsSync(candidate) && statSync(candidate).isFile());
}

/** The import graph of every .ts and .tsx file under `folders` (paths with '/'); imports of files outside them are kept too. */
export function importGraph(root: string, folders: readonly string[], options: {dynamic?: boolean} = {}): ImportGraph {
	const files = folders.flatMap(folder => readdirSync(join(root, folder), {recursive: true, encoding: 'utf8'})
		.map(file => join(root, folder, file))
		.filter(file => /\.tsx?$/.test(file) && statSync(file).isFile()));
	const graph: ImportGraph = new Map();
	for (const file of files) {
		const specifiers = importSpecifiers(readFileSync(file, 'utf8'), options);
		const local = specifiers.filter(specifier => specifier.startsWith('.'));
		graph.set(relative(root, file), {
			files: [...new Set(local.map(specifier => resolveFile(file, specifier)).filter(found => found !== undefined).map(found => relative(root, found)))],
			packages: [...new Set(specifiers.filter(specifier => !specifier.startsWith('.')))],
		});
	}

	return graph;
}

/** Every import circle, each as the files around it ("a → b → a"), found once whichever file it starts from. */
export function importCircles(graph: ImportGraph): string[] {
	const circles = new Map<string, string>();
	const done = new Set<string>();
	const visit = (file: string, path: string[]): void => {
		const start = path.indexOf(file);
		if (start !== -1) {
			const circle = path.slice(start);
			circles.set([...circle].sort().join('|'), [...circle, file].join(' → '));
			return;
		}

		if (done.has(file)) {
			return;
		}

		for (const next of graph.get(file)?.files ?? []) {
			visit(next, [...path, file]);
		}

		done.add(file);
	};

	for (const file of graph.keys()) {
		visit(file, []);
	}

	return [...circles.values()];
}
