import browser from 'webextension-polyfill';
import {handleMessages} from './messages.js';
import {auditOf, forgetSite, recordPage} from './record-page.js';
import {siteCatalog} from './site-catalog.js';
import {forgetTab, loadAudit, loadPages, loadProfile, loadTabState, savePagesAndAudit, saveProfileAndAudit, saveTabState} from './storage.js';
import {updateBadge} from './update-badge.js';

// The worker may be stopped at any moment: all state lives in storage, none in variables,
// except this queue, which only orders writes made while the worker is alive.
let writes: Promise<unknown> = Promise.resolve();
const serialized = <T>(task: () => Promise<T>): Promise<T> => {
	const run = writes.then(task, task);
	writes = run.catch(() => undefined);
	return run;
};

handleMessages({
	async reportPage(reading, sender) {
		await saveTabState(sender.tab!.id!, {site: reading.site, pageKind: reading.pageKind, status: reading.status, at: Date.now()});
		await serialized(async () => {
			const next = recordPage(await loadPages(), reading, Date.now(), await loadProfile());
			if (next) {
				await savePagesAndAudit(next.pages, next.audit);
				await updateBadge(next.audit);
			}
		});
	},
	async getState({tabId}) {
		return {audit: await loadAudit(), tab: tabId === undefined ? undefined : await loadTabState(tabId), catalog: siteCatalog(), profile: await loadProfile()};
	},
	async forgetSite({site}) {
		await serialized(async () => {
			const next = forgetSite(await loadPages(), site, Date.now(), await loadProfile());
			await savePagesAndAudit(next.pages, next.audit);
			await updateBadge(next.audit);
		});
	},
	async setProfile({profile}) {
		// Re-scores what is stored; nothing is read again.
		await serialized(async () => {
			const audit = auditOf(await loadPages(), Date.now(), profile);
			await saveProfileAndAudit(profile, audit);
			await updateBadge(audit);
		});
	},
});

browser.tabs.onRemoved.addListener(tabId => void forgetTab(tabId));
// A new page load in the tab makes its last status stale (the "tabs" permission is not needed for this).
browser.tabs.onUpdated.addListener((tabId, change) => {
	if (change.status === 'loading') {
		void forgetTab(tabId);
	}
});
// The badge is not kept across browser restarts.
browser.runtime.onStartup.addListener(async () => updateBadge(await loadAudit()));
