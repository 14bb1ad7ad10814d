import browser from 'webextension-polyfill';
import {moreExposedNotice} from '../i18n/notifications.js';
import {addChangeRecord, type ChangeRecord} from '../core/history/diff-observations.js';
import {handleMessages} from './messages.js';
import {notify, openPanelOnNotificationClick} from './notify.js';
import {answerQuestion, clearAnswer, setAppUse} from '../core/questions/record-answer.js';
import type {Answers} from '../core/questions/answers.js';
import {auditOf, forgetSite, recordPage} from './record-page.js';
import {isCheckupAlarm, remindIfDue, syncCheckupAlarm} from './checkup-reminder.js';
import {forgetSiteInHistory} from '../core/scan/scan-history.js';
import {isScanAlarm, loadScan, resumeScan, scanReport, scanTabClosed, startScan, stopScan} from './run-scan.js';
import {recordScan} from './scan-ended.js';
import {startShowMe, takeShowMe} from './show-me.js';
import {siteCatalog} from './site-catalog.js';
import {
	forgetEverything, forgetTab, loadAnswers, loadAudit, loadChanges, loadPages, loadProfile, loadReminder, loadScans, loadStoreProblem, loadTabState,
	saveAnswersAndAudit, saveChanges, savePagesAndAudit, saveProfileAndAudit, saveReminder, saveScans, saveTabState,
} from './storage.js';
import {updateBadge} from './update-badge.js';
import {checkInNotificationPrefix, isCheckInAlarm, remindCheckInIfDue, syncCheckInAlarm} from './check-in.js';
import {applyReviewAction} from '../core/review/review-action.js';
import {deleteReview, loadReview, saveReview} from './review-store.js';
import {ready, serialized} from './worker-queue.js';

/** How many recent change records and past scans the popup gets. */
const recentChanges = 10;
const recentScans = 5;

/** A setting the site (not the user, live on the page) made more exposed is worth interrupting for. */
async function notifyMoreExposed(record: ChangeRecord): Promise<void> {
	const fields = record.changes.filter(change => change.direction === 'more-exposed').map(change => change.field);
	if (fields.length > 0) {
		const siteName = siteCatalog().find(site => site.id === record.site)?.name ?? record.site;
		const {title, body} = moreExposedNotice(siteName, fields);
		await notify(`more-exposed-${record.site}-${record.at}`, title, body);
	}
}

handleMessages({
	async reportPage(reading, sender) {
		await ready();
		const tabState = saveTabState(sender.tab!.id!, {site: reading.site, pageKind: reading.pageKind, status: reading.status, at: Date.now()});
		const recorded = serialized(async () => {
			const next = recordPage(await loadPages(), reading, Date.now(), await loadProfile(), await loadAnswers());
			if (!next) {
				return undefined;
			}

			await savePagesAndAudit(next.pages, next.audit);
			if (next.changed) {
				await saveChanges(addChangeRecord(await loadChanges(), next.changed));
			}

			await updateBadge(next.audit);
			return next.changed;
		});
		// The scan moves on while the page is recorded: the record is already queued, so a scan that
		// ends here writes its history after it (same queue) and keeps this page.
		const scanned = scanReport(sender.tab?.id, reading, recordScan);
		const changed = await recorded;
		if (changed && !reading.live) {
			await notifyMoreExposed(changed).catch(() => undefined);
		}

		await Promise.all([tabState, scanned]);
		// A page the user opened with "Show me" gets the request back in this reply: no second message.
		return reading.status === 'read' && !reading.live ? takeShowMe(reading.site, reading.pageKind, Date.now()) : undefined;
	},
	async notePage(note, sender) {
		await saveTabState(sender.tab!.id!, {...note, at: Date.now()});
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
			scan: await loadScan(),
			scans: (await loadScans()).slice(0, recentScans),
			reminder: (await loadReminder())?.every ?? 'off',
			answers: await loadAnswers(),
			review: await loadReview(),
		};
	},
	async forgetSite({site}) {
		await ready();
		await serialized(async () => {
			const next = forgetSite(await loadPages(), site, Date.now(), await loadProfile(), await loadAnswers());
			await saveAnswersAndAudit(next.answers, next.audit);
			await savePagesAndAudit(next.pages, next.audit);
			await saveChanges((await loadChanges()).filter(record => record.site !== site));
			await saveScans(forgetSiteInHistory(await loadScans(), site));
			await updateBadge(next.audit);
		});
	},
	async forgetEverything() {
		await stopScan('by-user', async () => undefined);
		await serialized(async () => {
			await forgetEverything();
			await updateBadge(undefined);
		});
		await syncCheckupAlarm();
		await syncCheckInAlarm(Date.now());
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
	async showMe(press) {
		await startShowMe(press, Date.now());
	},
	async startScan() {
		await ready();
		await startScan(siteCatalog(), recordScan);
	},
	async cancelScan() {
		await stopScan('by-user', recordScan);
	},
	async setReminder({every}) {
		await ready();
		await serialized(async () => saveReminder({every, setAt: Date.now()}));
		await syncCheckupAlarm();
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
	async review(action) {
		await ready();
		await serialized(async () => {
			const now = Date.now();
			const answers = await loadAnswers();
			let audit = await loadAudit() ?? auditOf(await loadPages(), now, await loadProfile(), answers);
			if (action.do === 'start') {
				// The teen's age band switches every rule to teen severities before the findings are ordered.
				audit = auditOf(await loadPages(), now, action.band, answers);
				await saveProfileAndAudit(action.band, audit);
				await updateBadge(audit);
			}

			await saveReview(applyReviewAction(await loadReview(), action, audit, now));
		});
		await syncCheckInAlarm(Date.now());
	},
	async deleteReview() {
		await ready();
		await serialized(deleteReview);
		await syncCheckInAlarm(Date.now());
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

browser.tabs.onRemoved.addListener(tabId => {
	void forgetTab(tabId);
	void scanTabClosed(tabId, recordScan);
});
// A new page load in the tab makes its last status stale (the "tabs" permission is not needed for this).
browser.tabs.onUpdated.addListener((tabId, change) => {
	if (change.status === 'loading') {
		void forgetTab(tabId);
	}
});
browser.alarms.onAlarm.addListener(alarm => {
	if (isScanAlarm(alarm.name)) {
		void resumeScan(recordScan);
	} else if (isCheckupAlarm(alarm.name)) {
		void remindIfDue(Date.now());
	} else if (isCheckInAlarm(alarm.name)) {
		void remindCheckInIfDue(Date.now()).then(() => syncCheckInAlarm(Date.now()));
	}
});
openPanelOnNotificationClick(id => (id.startsWith(checkInNotificationPrefix) ? 'review.html' : 'popup.html'));
// The badge is not kept across browser restarts.
browser.runtime.onStartup.addListener(async () => {
	await ready();
	await updateBadge(await loadAudit());
	await syncCheckupAlarm();
	await syncCheckInAlarm(Date.now());
});
// A worker that starts mid-scan (stopped while idle between pages) carries on.
void resumeScan(recordScan);
