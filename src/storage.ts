import browser from 'webextension-polyfill';
import type {PageRecord} from './audit/merge-observations.js';
import type {Audit} from './model/audit.js';
import {isAudienceProfile, type AudienceProfile} from './model/severity.js';
import type {TabState} from './messages.js';

/**
 * Everything Overshare keeps, in storage.local: per site and page kind, what was read
 * (findings-level: "phone shown to Public", never the number), and the audit built from it.
 */
export type StoredPages = Record<string, Record<string, PageRecord>>;

export const storageVersion = 1;

export async function loadPages(): Promise<StoredPages> {
	const {pages} = await browser.storage.local.get('pages');
	return (pages ?? {}) as StoredPages;
}

export async function savePagesAndAudit(pages: StoredPages, audit: Audit): Promise<void> {
	await browser.storage.local.set({version: storageVersion, pages, audit});
}

export async function loadAudit(): Promise<Audit | undefined> {
	const {audit} = await browser.storage.local.get('audit');
	return audit as Audit | undefined;
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
