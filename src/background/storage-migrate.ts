import type {StoreProblemKind} from '../core/model/store-problem.js';
import type {StoredPages} from '../core/model/stored-pages.js';
import type {ChangeRecord} from '../core/history/diff-observations.js';
import {isAnswersShape, noAnswers, type Answers} from '../core/questions/answers.js';
import type {ScanRecord} from '../core/scan/scan-history.js';
import {repairChanges, repairScans} from '../core/stored/repair-history.js';
import {repairPages} from '../core/stored/repair-pages.js';

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

/**
 * Brings a stored object up to the current format. Version 1 (0.1.0) had no change log; version 2
 * had no scan history; version 3 had no answers to guided questions (each missing part starts
 * empty; page readings and the change log carry over as they are); version 4's audit held English
 * sentences, not message references (it is rebuilt from the pages, as after every migration). A store
 * written by a newer Overshare is set aside whole, never half-used. Any other store is checked part
 * by part at every start: what does not fit is dropped, the rest kept, and the audit rebuilt from it.
 */
export function migrateStore(raw: Record<string, unknown>): Migration {
	const fresh: MigratedStore = {version: storageVersion, pages: {}, changes: [], scans: [], answers: noAnswers};
	if (Object.keys(raw).length === 0) {
		return {store: fresh, changed: false};
	}

	const version = raw.version ?? 1;
	if (typeof version === 'number' && version > storageVersion) {
		return {store: fresh, changed: true, setAside: raw, problem: 'newer-version'};
	}

	// A version that is no version at all is damage too: every part is checked below either way.
	const versionOk = typeof version === 'number' && Number.isInteger(version) && version >= 1;

	// Part by part: what does not fit is dropped and the rest kept (issue 17.3), and said once.
	const pages = repairPages(raw.pages);
	const changes = repairChanges(raw.changes);
	const scans = repairScans(raw.scans);
	const answersOk = raw.answers === undefined || isAnswersShape(raw.answers);
	const answers = answersOk ? (raw.answers ?? noAnswers) as Answers : noAnswers;
	const damaged = !versionOk || pages.damaged || changes.damaged || scans.damaged || !answersOk;
	const store: MigratedStore = {version: storageVersion, pages: pages.value, changes: changes.value, scans: scans.value, answers};
	return damaged ? {store, changed: true, problem: 'damaged'} : {store, changed: (version as number) < storageVersion};
}
