import type {Status} from '../model/audit.js';
import type {MessageRef} from '../model/message.js';
import type {UnknownReason} from '../model/observed.js';
import type {Severity} from '../model/severity.js';
import {CsvError} from './csv-rows.js';
import type {EntryFormat, ExportPlatform, ExportPlatformId} from './export-platform.js';
import {ExportReadError, type ExportEntry, type ExportSource} from './export-source.js';
import type {ExportFacts, FactName} from './facts.js';
import {JsonError} from './json-scanner.js';
import {ExportLimitError, exportLimits, type ExportLimits} from './limits.js';
import {exportPlatforms} from './platforms/index.js';
import {readEntry, type ReadBudget} from './read-entry.js';
import {exportRules} from './rules/index.js';
import {YtdError} from './ytd.js';

/** One checklist line of a download: ids and values, worded per language like a page finding. */
export type ExportFinding = {
	platform: ExportPlatformId;
	ruleId: string;
	status: Status;
	severity: Severity;
	/** What is kept (a count, a span), the rule's ok text, or "couldn't check" with its reason. Never a value from the file. */
	exposure: MessageRef;
	/** Where to delete it or turn it off. */
	fix?: string;
	/** The live-page rule that checks the same setting, where there is one. */
	pageRule?: string;
};

/** A file of the download that was not read to its end, and why (the rest were read). */
export type SkippedEntry = {path: string; reason: Extract<UnknownReason, 'file-damaged' | 'format-unknown' | 'file-too-large'>};

export type ExportReport = {
	platform: ExportPlatformId;
	findings: ExportFinding[];
	/** The files read whole. */
	read: string[];
	skipped: SkippedEntry[];
};

/** Why a download could not be checked at all: the catalog's message id of its one plain sentence. */
export type ExportProblem = 'download-not-recognised' | 'download-too-many-files';

export class ExportProblemError extends Error {
	constructor(readonly problem: ExportProblem) {
		super(problem);
	}
}

export type CheckOptions = {
	signal?: AbortSignal;
	/**
	 * Bytes read so far of the bytes the recognised files hold. Awaited after each chunk: a page returns
	 * a promise now and then to let the browser paint and take a click (Cancel) while a big file is read.
	 */
	onProgress?: (read: number, total: number) => void | Promise<void>;
	limits?: ExportLimits;
};

/** The platform whose download this is: the one whose files it holds most of (none: not a download we know). */
export function recognisePlatform(entries: readonly ExportEntry[]): ExportPlatform | undefined {
	const paths = entries.map(entry => entry.path);
	const ranked = exportPlatforms.filter(platform => platform.recognise(paths))
		.map(platform => ({platform, files: paths.filter(path => platform.entries.some(format => format.path.test(path))).length}))
		.sort((a, b) => b.files - a.files);
	return ranked[0]?.platform;
}

/**
 * A file's facts into the download's. A yes/no fact several files answer (a home city in the profile,
 * a place in "account based in") is yes if any says so, whatever order the files come in; spans and
 * counts are built by the readers on what came before (the facts they were given).
 */
function mergeFacts(facts: ExportFacts, file: ExportFacts): void {
	for (const [name, value] of Object.entries(file) as Array<[FactName, ExportFacts[FactName]]>) {
		(facts as Record<string, unknown>)[name] = typeof value === 'boolean' ? facts[name] === true || value : value;
	}
}

const reasonOf = (error: unknown): SkippedEntry['reason'] | undefined =>
	error instanceof ExportLimitError ? 'file-too-large'
		: error instanceof JsonError || error instanceof CsvError || error instanceof YtdError || error instanceof ExportReadError ? 'file-damaged'
			: undefined;

/**
 * Reads a download on the device: recognises the platform from its file list, opens only the files it
 * knows (never media), streams each through its reader within the limits, and judges every rule the
 * platform's download can answer. A damaged or unknown file is skipped and named, the rest still
 * read; what no file settled is "couldn't check" with the reason, never ok. Cancel by the signal.
 */
export async function checkExport(source: ExportSource, {signal, onProgress, limits = exportLimits}: CheckOptions = {}): Promise<ExportReport> {
	if (source.entries.length > limits.entries) {
		throw new ExportProblemError('download-too-many-files');
	}

	const platform = recognisePlatform(source.entries);
	if (!platform) {
		throw new ExportProblemError('download-not-recognised');
	}

	const wanted = source.entries.flatMap(entry => {
		const format = platform.entries.find(candidate => candidate.path.test(entry.path));
		return format ? [{entry, format}] : [];
	});
	const total = wanted.reduce((sum, {entry}) => sum + Math.min(entry.size, limits.entryBytes), 0);
	const facts: ExportFacts = {};
	const answered = new Set<FactName>();
	const failed = new Map<FactName, SkippedEntry['reason']>();
	const read: string[] = [];
	const skipped: SkippedEntry[] = [];
	const budget: ReadBudget = {used: 0};
	let progress = 0;
	const skip = (entry: ExportEntry, format: EntryFormat, reason: SkippedEntry['reason']) => {
		skipped.push({path: entry.path, reason});
		for (const fact of format.answers) {
			failed.set(fact, reason);
		}
	};

	for (const {entry, format} of wanted) {
		signal?.throwIfAborted();
		if (entry.size > limits.entryBytes || (entry.packedSize !== undefined && entry.size > limits.ratioFrom && entry.size > limits.ratio * Math.max(entry.packedSize, 1))) {
			skip(entry, format, 'file-too-large');
			continue;
		}

		// Facts land only when a file is read to its end: a file cut short adds nothing.
		const fileFacts: ExportFacts = {...facts};
		const handler = format.read();
		try {
			await readEntry(source, entry, format, handler, {limits, budget, signal, async onBytes(bytes) {
				progress += bytes;
				await onProgress?.(Math.min(progress, total), total);
			}});
			handler.done(fileFacts);
		} catch (error) {
			signal?.throwIfAborted();
			skip(entry, format, reasonOf(error) ?? 'format-unknown');
			continue;
		}

		mergeFacts(facts, fileFacts);
		read.push(entry.path);
		for (const fact of format.answers) {
			answered.add(fact);
		}
	}

	onProgress?.(total, total);
	const possible = new Set(platform.entries.flatMap(format => format.answers));
	const findings = exportRules.filter(rule => possible.has(rule.fact)).map((rule): ExportFinding => {
		const fix = platform.fixes[rule.fact];
		const common = {platform: platform.id, ruleId: rule.id, severity: rule.severity, ...(fix ? {fix} : {}), ...(rule.pageRule ? {pageRule: rule.pageRule} : {})};
		if (answered.has(rule.fact) && facts[rule.fact] !== undefined) {
			return {...common, ...rule.judge(facts)};
		}

		const reason: UnknownReason = failed.get(rule.fact) ?? 'not-in-download';
		return {...common, status: 'unknown', exposure: {id: 'couldnt-check', values: {reason: {reason}}}};
	});
	return {platform: platform.id, findings, read, skipped};
}
