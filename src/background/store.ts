import type {Storage} from '../browser/storage.js';
import {parseManagedPolicy, type ManagedPolicy} from '../core/model/managed-policy.js';
import {sites} from '../core/sites/index.js';
import type {ChangeRecord} from '../core/history/diff-observations.js';
import type {Audit} from '../core/model/audit.js';
import {isAudienceProfile, type AudienceProfile} from '../core/model/severity.js';
import {isStoreProblem, type StoreProblem} from '../core/model/store-problem.js';
import {isAuditShape} from '../core/stored/is-audit-shape.js';
import {repairChanges, repairScans} from '../core/stored/repair-history.js';
import {repairPages} from '../core/stored/repair-pages.js';
import type {StoredPages} from '../core/model/stored-pages.js';
import type {TabState} from '../core/protocol/tab-state.js';
import {currentAnswers, isAnswersShape, noAnswers, type Answers} from '../core/questions/answers.js';
import {parseReviewStore} from '../core/review/parse-review-store.js';
import type {ReviewStore} from '../core/review/review-action.js';
import {isReminderEvery, type ReminderSetting} from '../core/scan/reminder-due.js';
import type {ScanRecord} from '../core/scan/scan-history.js';
import type {ScanState} from '../core/scan/scan-state.js';
import {migrateStore, storageVersion, type MigratedStore} from './storage-migrate.js';

const noPolicy = {get: async () => ({})};

/** The tab's last page status lives in session storage: gone when the browser closes, never on disk. */
const tabKey = (tabId: number) => `tab:${tabId}`;

/** Kept across a migration's rewrite: the user's choices, and stores set aside earlier. */
const keptByMigration = new Set(['profile', 'reminder', 'review', 'scanPaceMs', 'storeProblem']);

/**
 * Everything the worker keeps, one key each. In storage.local: per site and page kind what was read
 * (findings-level: "phone shown to Public", never the number), the audit built from it, and the user's
 * choices. In storage.session: what must not outlive the browser session. Every value read back is
 * checked or defaulted: storage is input too.
 */
export function createStore({local, session, managed = noPolicy}: Pick<Storage, 'local' | 'session'> & Partial<Pick<Storage, 'managed'>>) {
	return {
		/** What an organisation set: read at each use (a policy can change while the browser runs). */
		async loadPolicy(): Promise<ManagedPolicy> {
			return parseManagedPolicy(await managed.get().catch(() => ({})), sites.map(site => site.id));
		},
		/** Checked at every load too: a record damaged after the worker started is dropped, never merged. */
		async loadPages(): Promise<StoredPages> {
			const {pages} = await local.get('pages');
			return repairPages(pages).value;
		},
		async savePagesAndAudit(pages: StoredPages, audit: Audit): Promise<void> {
			await local.set({version: storageVersion, pages, audit});
		},
		/** The user's answers to guided questions, without any the catalog no longer has. */
		async loadAnswers(): Promise<Answers> {
			const {answers} = await local.get('answers');
			return isAnswersShape(answers) ? currentAnswers(answers) : noAnswers;
		},
		async saveAnswersAndAudit(answers: Answers, audit: Audit): Promise<void> {
			await local.set({version: storageVersion, answers, audit});
		},
		/** The stored audit, if it has the shape the popup draws; else undefined, and it is rebuilt from the pages. */
		async loadAudit(): Promise<Audit | undefined> {
			const {audit} = await local.get('audit');
			return isAuditShape(audit) ? audit : undefined;
		},
		/** The recent "what changed" log, newest first. */
		async loadChanges(): Promise<ChangeRecord[]> {
			const {changes} = await local.get('changes');
			return repairChanges(changes).value;
		},
		async saveChanges(changes: ChangeRecord[]): Promise<void> {
			await local.set({changes});
		},
		/** Past scans, newest first. */
		async loadScans(): Promise<ScanRecord[]> {
			const {scans} = await local.get('scans');
			return repairScans(scans).value;
		},
		async saveScans(scans: ScanRecord[]): Promise<void> {
			await local.set({scans});
		},
		/** The organisation's cadence if it set one (counted from when the user's own was set, if any), else the user's. */
		async loadReminder(): Promise<ReminderSetting | undefined> {
			const {reminder} = await local.get('reminder');
			const setting = reminder as Partial<ReminderSetting> | undefined;
			const own = setting && isReminderEvery(setting.every) && typeof setting.setAt === 'number' ? setting as ReminderSetting : undefined;
			const policy = parseManagedPolicy(await managed.get().catch(() => ({})), []);
			// Keeps when the last reminder went out: an organisation's cadence must not remind at every check.
			return policy.reminder ? {...own, every: policy.reminder, setAt: own?.setAt ?? 0} : own;
		},
		async saveReminder(reminder: ReminderSetting): Promise<void> {
			await local.set({reminder});
		},
		/** Whose severities to use, chosen in the popup; per browser profile, like everything here. */
		/** The organisation's choice if it set one, else the user's. */
		async loadProfile(): Promise<AudienceProfile> {
			const policy = parseManagedPolicy(await managed.get().catch(() => ({})), []);
			if (policy.profile) {
				return policy.profile;
			}

			const {profile} = await local.get('profile');
			return isAudienceProfile(profile) ? profile : 'adult';
		},
		async saveProfileAndAudit(profile: AudienceProfile, audit: Audit): Promise<void> {
			await local.set({version: storageVersion, profile, audit});
		},
		/** "Review together": a malformed part is dropped, not resumed half-working. */
		async loadReview(): Promise<ReviewStore> {
			const {review} = await local.get('review');
			return parseReviewStore(review);
		},
		async saveReview(review: ReviewStore): Promise<void> {
			await (review.current || review.last ? local.set({review}) : local.remove('review'));
		},
		/** "Delete the review": everything kept for it, in one step (the audit itself is the popup's to forget). */
		async deleteReview(): Promise<void> {
			await local.remove('review');
		},
		/**
		 * The pause between the scan's pages, if set. Tests and the benchmark set `scanPaceMs`
		 * (developer setting, 0–60000) to measure the scan itself; nothing in the UI changes it.
		 */
		async loadScanPace(): Promise<number | undefined> {
			const {scanPaceMs} = await local.get('scanPaceMs');
			return typeof scanPaceMs === 'number' && scanPaceMs >= 0 && scanPaceMs <= 60_000 ? scanPaceMs : undefined;
		},
		async loadScan(): Promise<ScanState | undefined> {
			const {scan} = await session.get('scan');
			return scan as ScanState | undefined;
		},
		async saveScan(scan: ScanState): Promise<void> {
			await session.set({scan});
		},
		async loadShowMe(): Promise<unknown> {
			const {showMe} = await session.get('showMe');
			return showMe;
		},
		async saveShowMe(showMe: object): Promise<void> {
			await session.set({showMe});
		},
		async forgetShowMe(): Promise<void> {
			await session.remove('showMe');
		},
		async saveTabState(tabId: number, state: TabState): Promise<void> {
			await session.set({[tabKey(tabId)]: state});
		},
		async loadTabState(tabId: number): Promise<TabState | undefined> {
			const stored = await session.get(tabKey(tabId));
			return stored[tabKey(tabId)] as TabState | undefined;
		},
		async forgetTab(tabId: number): Promise<void> {
			await session.remove(tabKey(tabId));
		},
		async loadStoreProblem(): Promise<StoreProblem | undefined> {
			const {storeProblem} = await local.get('storeProblem');
			return isStoreProblem(storeProblem) ? storeProblem : undefined;
		},
		/** "Some saved results were damaged and were reset" is said once: the popup that showed it clears it. */
		async forgetStoreProblem(): Promise<void> {
			await local.remove('storeProblem');
		},
		/** Deletes everything Overshare has stored (the popup's "Forget everything"). */
		async forgetEverything(): Promise<void> {
			await local.clear();
			await session.clear();
		},
		/**
		 * Migrates what is stored to the current format. An unreadable store is kept aside under its
		 * own key, reported, and replaced by a fresh one. The audit is derived data: `rebuild` makes it
		 * again from the migrated store (and the stored profile), and it is written in the same step as
		 * the new format, before anything old is removed, so a worker stopped half-way leaves either the
		 * old store or the new one, never an audit of the wrong shape. Returns the new audit.
		 */
		async migrate(now: number, rebuild: (store: MigratedStore, profile: unknown) => Audit): Promise<Audit | undefined> {
			const raw = await local.get(null);
			const migration = migrateStore(raw);
			if (!migration.changed) {
				return undefined;
			}

			const kept = Object.fromEntries(Object.entries(raw).filter(([key]) => keptByMigration.has(key) || key.startsWith('setAside-')));
			const audit = rebuild(migration.store, raw.profile);
			const next = {
				...kept,
				...migration.store,
				audit,
				...(migration.setAside ? {[`setAside-${now}`]: migration.setAside} : {}),
				...(migration.problem ? {storeProblem: {problem: migration.problem, at: now}} : {}),
			};
			await local.set(next);
			await local.remove(Object.keys(raw).filter(key => !Object.hasOwn(next, key)));
			return audit;
		},
	};
}

export type Store = ReturnType<typeof createStore>;
