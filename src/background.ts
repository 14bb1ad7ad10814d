import browser from 'webextension-polyfill';
import {addChangeRecord} from './history/diff-observations.js';
import {handleMessages} from './messages.js';
import {answerQuestion, clearAnswer, setAppUse} from './questions/record-answer.js';
import type {Answers} from './questions/answers.js';
import {auditOf, forgetSite, recordPage} from './record-page.js';
import {siteCatalog} from './site-catalog.js';
import {
	forgetEverything, forgetTab, loadAnswers, loadAudit, loadChanges, loadPages, loadProfile, loadStoreProblem, loadTabState,
	migrateStorage, saveAnswersAndAudit, saveChanges, savePagesAndAudit, saveProfileAndAudit, saveTabState,
} from './storage.js';
import {updateBadge} from './update-badge.js';

/** How many recent change records the popup gets. */
const recentChanges = 10;

// The worker may be stopped at any moment: all state lives in storage, none in variables,
// except this queue, which only orders writes made while the worker is alive.
let writes: Promise<unknown> = Promise.resolve();
const serialized = <T>(task: () => Promise<T>): Promise<T> => {
	const run = writes.then(task, task);
	writes = run.catch(() => undefined);
	return run;
};

// Once per worker start, before anything reads the store: bring it to the current format.
let migrated: Promise<void> | undefined;
const ready = async () => {
	migrated ??= serialized(async () => {
		const pages = await migrateStorage(Date.now());
		if (pages) {
			const audit = auditOf(pages, Date.now(), await loadProfile(), await loadAnswers());
			await savePagesAndAudit(pages, audit);
			await updateBadge(audit);
		}
	});
	await migrated;
};

handleMessages({
	async reportPage(reading, sender) {
		await ready();
		await saveTabState(sender.tab!.id!, {site: reading.site, pageKind: reading.pageKind, status: reading.status, at: Date.now()});
		await serialized(async () => {
			const next = recordPage(await loadPages(), reading, Date.now(), await loadProfile(), await loadAnswers());
			if (next) {
				await savePagesAndAudit(next.pages, next.audit);
				if (next.changed) {
					await saveChanges(addChangeRecord(await loadChanges(), next.changed));
				}

				await updateBadge(next.audit);
			}
		});
	},
	async getState({tabId}) {
		await ready();
		return {
			audit: await loadAudit(),
			tab: tabId === undefined ? undefined : await loadTabState(tabId),
			catalog: siteCatalog(),
			profile: await loadProfile(),
			changes: (await loadChanges()).slice(0, recentChanges),
			storeProblem: await loadStoreProblem(),
			answers: await loadAnswers(),
		};
	},
	async forgetSite({site}) {
		await ready();
		await serialized(async () => {
			const next = forgetSite(await loadPages(), site, Date.now(), await loadProfile(), await loadAnswers());
			await saveAnswersAndAudit(next.answers, next.audit);
			await savePagesAndAudit(next.pages, next.audit);
			await saveChanges((await loadChanges()).filter(record => record.site !== site));
			await updateBadge(next.audit);
		});
	},
	async forgetEverything() {
		await serialized(async () => {
			await forgetEverything();
			await updateBadge(undefined);
		});
	},
	async setProfile({profile}) {
		await ready();
		// Re-scores what is stored; nothing is read again.
		await serialized(async () => {
			const audit = auditOf(await loadPages(), Date.now(), profile, await loadAnswers());
			await saveProfileAndAudit(profile, audit);
			await updateBadge(audit);
		});
	},
	async answerQuestion({question, answer}) {
		await changeAnswers(answers => answerQuestion(answers, question, answer, Date.now()));
	},
	async clearAnswer({question}) {
		await changeAnswers(answers => clearAnswer(answers, question));
	},
	async setAppUse({platform, uses}) {
		await changeAnswers(answers => setAppUse(answers, platform, uses));
	},
});

/** One change to the answers, then the audit rebuilt from them and the stored pages (nothing is read again). */
async function changeAnswers(change: (answers: Answers) => Answers): Promise<void> {
	await ready();
	await serialized(async () => {
		const answers = change(await loadAnswers());
		const audit = auditOf(await loadPages(), Date.now(), await loadProfile(), answers);
		await saveAnswersAndAudit(answers, audit);
		await updateBadge(audit);
	});
}

browser.tabs.onRemoved.addListener(tabId => void forgetTab(tabId));
// A new page load in the tab makes its last status stale (the "tabs" permission is not needed for this).
browser.tabs.onUpdated.addListener((tabId, change) => {
	if (change.status === 'loading') {
		void forgetTab(tabId);
	}
});
// The badge is not kept across browser restarts.
browser.runtime.onStartup.addListener(async () => {
	await ready();
	await updateBadge(await loadAudit());
});
