import browser from 'webextension-polyfill';
import type {PageRecord} from '../core/audit/merge-observations.js';
import type {ChangeRecord} from '../core/history/diff-observations.js';
import type {Audit} from '../core/model/audit.js';
import {isAudienceProfile, type AudienceProfile} from '../core/model/severity.js';
import {isReminderEvery, type ReminderSetting} from '../core/scan/reminder.js';
import type {ScanRecord} from '../core/scan/scan-history.js';
import type {TabState} from './messages.js';
import {currentAnswers, isAnswersShape, noAnswers, type Answers} from '../core/questions/answers.js';

/**
 * Everything Overshare keeps, in storage.local: per site and page kind, what was read
 * (findings-level: "phone shown to Public", never the number), and the audit built from it.
 */
export type StoredPages = Record<string, Record<string, PageRecord>>;

import {migrateStore, storageVersion, type MigratedStore, type Migration} from './storage-migrate.js';

export async function loadPages(): Promise<StoredPages> {
	const {pages} = await browser.storage.local.get('pages');
	return (pages ?? {}) as StoredPages;
}

/** Deletes everything Overshare has stored (the popup's "Forget everything"). */
export async function forgetEverything(): Promise<void> {
	await browser.storage.local.clear();
	await browser.storage.session.clear();
}

export async function savePagesAndAudit(pages: StoredPages, audit: Audit): Promise<void> {
	await browser.storage.local.set({version: storageVersion, pages, audit});
}

/** The user's answers to guided questions, without any the catalog no longer has. */
export async function loadAnswers(): Promise<Answers> {
	const {answers} = await browser.storage.local.get('answers');
	return isAnswersShape(answers) ? currentAnswers(answers) : noAnswers;
}

export async function saveAnswersAndAudit(answers: Answers, audit: Audit): Promise<void> {
	await browser.storage.local.set({version: storageVersion, answers, audit});
}

export async function loadAudit(): Promise<Audit | undefined> {
	const {audit} = await browser.storage.local.get('audit');
	return audit as Audit | undefined;
}

/** The recent "what changed" log, newest first. */
export async function loadChanges(): Promise<ChangeRecord[]> {
	const {changes} = await browser.storage.local.get('changes');
	return Array.isArray(changes) ? changes as ChangeRecord[] : [];
}

export async function saveChanges(changes: ChangeRecord[]): Promise<void> {
	await browser.storage.local.set({changes});
}

/** Past scans, newest first. */
export async function loadScans(): Promise<ScanRecord[]> {
	const {scans} = await browser.storage.local.get('scans');
	return Array.isArray(scans) ? scans as ScanRecord[] : [];
}

export async function saveScans(scans: ScanRecord[]): Promise<void> {
	await browser.storage.local.set({scans});
}

export async function loadReminder(): Promise<ReminderSetting | undefined> {
	const {reminder} = await browser.storage.local.get('reminder');
	const setting = reminder as Partial<ReminderSetting> | undefined;
	return setting && isReminderEvery(setting.every) && typeof setting.setAt === 'number' ? setting as ReminderSetting : undefined;
}

export async function saveReminder(reminder: ReminderSetting): Promise<void> {
	await browser.storage.local.set({reminder});
}

export type StoreProblem = {problem: NonNullable<Migration['problem']>; at: number};

export async function loadStoreProblem(): Promise<StoreProblem | undefined> {
	const {storeProblem} = await browser.storage.local.get('storeProblem');
	return storeProblem as StoreProblem | undefined;
}

/**
 * Migrates what is stored to the current format, once per worker start. An unreadable store is
 * kept aside under its own key, reported, and replaced by a fresh one. The audit is derived data:
 * `rebuild` makes it again from the migrated store (and the stored profile), and it is written in
 * the same step as the new format, before anything old is removed, so a worker stopped half-way
 * leaves either the old store or the new one, never an audit of the wrong shape. Returns the new audit.
 */
export async function migrateStorage(now: number, rebuild: (store: MigratedStore, profile: unknown) => Audit): Promise<Audit | undefined> {
	const raw = await browser.storage.local.get(null);
	const migration = migrateStore(raw);
	if (!migration.changed) {
		return undefined;
	}

	// Kept across the rewrite: the user's choices, and stores set aside earlier.
	const keptKeys = new Set(['profile', 'reminder', 'review', 'scanPaceMs', 'storeProblem']);
	const kept = Object.fromEntries(Object.entries(raw).filter(([key]) => keptKeys.has(key) || key.startsWith('setAside-')));
	const audit = rebuild(migration.store, raw.profile);
	const next = {
		...kept,
		...migration.store,
		audit,
		...(migration.setAside ? {[`setAside-${now}`]: migration.setAside, storeProblem: {problem: migration.problem, at: now}} : {}),
	};
	await browser.storage.local.set(next);
	await browser.storage.local.remove(Object.keys(raw).filter(key => !Object.hasOwn(next, key)));
	return audit;
}

/** Whose severities to use, chosen in the popup; per browser profile, like everything here. */
export async function loadProfile(): Promise<AudienceProfile> {
	const {profile} = await browser.storage.local.get('profile');
	return isAudienceProfile(profile) ? profile : 'adult';
}

export async function saveProfileAndAudit(profile: AudienceProfile, audit: Audit): Promise<void> {
	await browser.storage.local.set({version: storageVersion, profile, audit});
}

/** The tab's last page status lives in session storage: gone when the browser closes, never on disk. */
const tabKey = (tabId: number) => `tab:${tabId}`;

export async function saveTabState(tabId: number, state: TabState): Promise<void> {
	await browser.storage.session.set({[tabKey(tabId)]: state});
}

export async function loadTabState(tabId: number): Promise<TabState | undefined> {
	const stored = await browser.storage.session.get(tabKey(tabId));
	return stored[tabKey(tabId)] as TabState | undefined;
}

export async function forgetTab(tabId: number): Promise<void> {
	await browser.storage.session.remove(tabKey(tabId));
}
