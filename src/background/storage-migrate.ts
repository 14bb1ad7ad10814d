import type {PageRecord} from '../core/audit/merge-observations.js';
import type {StoreProblemKind} from '../core/model/store-problem.js';
import type {StoredPages} from '../core/model/stored-pages.js';
import type {ChangeRecord} from '../core/history/diff-observations.js';
import {isAnswersShape, noAnswers, type Answers} from '../core/questions/answers.js';
import type {ScanRecord} from '../core/scan/scan-history.js';
import {isRecord} from '../core/is-record.js';

export const storageVersion = 5;

/** What a store looks like once migrated. The audit is derived: it is rebuilt after any migration. */
export type MigratedStore = {
	version: typeof storageVersion;
	pages: StoredPages;
	changes: ChangeRecord[];
	/** "Scan all" history, newest first (version 3). */
	scans: ScanRecord[];
	/** Answers to guided questions about app-only settings, and which apps are used (version 4). */
	answers: Answers;
};

export type Migration = {
	store: MigratedStore;
	/** True when the stored data must be rewritten (an older version, or a store set aside). */
	changed: boolean;
	/** The unreadable store, kept as it was so nothing is silently lost; reported to the user. */
	setAside?: Record<string, unknown>;
	problem?: StoreProblemKind;
};

const isPageRecord = (value: unknown): value is PageRecord =>
	isRecord(value) && typeof value.pageKind === 'string' && typeof value.readAt === 'number' && isRecord(value.observations);

const isScanRecord = (value: unknown): value is ScanRecord =>
	isRecord(value) && typeof value.startedAt === 'number' && typeof value.endedAt === 'number'
	&& Array.isArray(value.findings) && Array.isArray(value.sites) && Array.isArray(value.pagesRead);

const isPages = (value: unknown): value is MigratedStore['pages'] =>
	isRecord(value) && Object.values(value).every(kinds => isRecord(kinds) && Object.values(kinds).every(isPageRecord));

/**
 * Brings a stored object up to the current format. Version 1 (0.1.0) had no change log; version 2
 * had no scan history; version 3 had no answers to guided questions (each missing part starts
 * empty; page readings and the change log carry over as they are); version 4's audit held English
 * sentences, not message references (it is rebuilt from the pages, as after every migration). A store that cannot be read,
 * or was written by a newer Overshare, is set aside whole, never half-used, and the extension
 * starts fresh instead of crashing.
 */
export function migrateStore(raw: Record<string, unknown>): Migration {
	const fresh: MigratedStore = {version: storageVersion, pages: {}, changes: [], scans: [], answers: noAnswers};
	if (Object.keys(raw).length === 0) {
		return {store: fresh, changed: false};
	}

	const version = raw.version ?? 1;
	if (typeof version !== 'number' || version > storageVersion) {
		return {store: fresh, changed: true, setAside: raw, problem: 'newer-version'};
	}

	const pages = raw.pages ?? {};
	const scansOk = raw.scans === undefined || (Array.isArray(raw.scans) && raw.scans.every(isScanRecord));
	const answersOk = raw.answers === undefined || isAnswersShape(raw.answers);
	if (!isPages(pages) || (raw.changes !== undefined && !Array.isArray(raw.changes)) || !scansOk || !answersOk) {
		return {store: fresh, changed: true, setAside: raw, problem: 'unreadable'};
	}

	const changes = (raw.changes ?? []) as ChangeRecord[];
	const scans = (raw.scans ?? []) as ScanRecord[];
	const answers = (raw.answers ?? noAnswers) as Answers;
	return {store: {version: storageVersion, pages, changes, scans, answers}, changed: version < storageVersion};
}
