import {labelTable} from '../core/labels/index.js';
import {addChangeRecord} from '../core/history/diff-observations.js';
import type {Handlers} from '../core/protocol/protocol.js';
import type {Answers} from '../core/questions/answers.js';
import {answerQuestion, clearAnswer, setAppUse} from '../core/questions/record-answer.js';
import {applyReviewAction} from '../core/review/review-action.js';
import {forgetSiteInHistory} from '../core/scan/scan-history.js';
import {syncCheckInAlarm} from './check-in.js';
import {syncCheckupAlarm} from './checkup-reminder.js';
import {forgetSite} from '../core/audit/forget-site.js';
import {notifyMoreExposed} from './notify-more-exposed.js';
import {auditOf, recordPage} from '../core/audit/record-page.js';
import {startShowMe, takeShowMe} from './show-me.js';
import {siteCatalog} from './site-catalog.js';
import type {StoredPages} from '../core/model/stored-pages.js';
import {sitesWithoutAccess} from './site-access.js';
import {updateBadge} from './update-badge.js';
import type {WorkerContext} from './worker-context.js';

/** The stored pages but those of sites an organisation turned off. */
const withoutSites = (pages: StoredPages, off: readonly string[] = []): StoredPages =>
	Object.fromEntries(Object.entries(pages).filter(([site]) => !off.includes(site)));

/** How many recent change records and past scans the popup gets. */
const recentChanges = 10;
const recentScans = 5;

/** The worker's answer to each message of the protocol (already parsed and its sender checked). */
export function messageHandlers(worker: WorkerContext): Handlers {
	const {store, serialized, migrated, scans, badge} = worker;

	/** One change to the answers, then the audit rebuilt from them and the stored pages (nothing is read again). */
	async function changeAnswers(change: (answers: Answers) => Answers): Promise<void> {
		await migrated();
		await serialized(async () => {
			const answers = change(await store.loadAnswers());
			const audit = auditOf(await store.loadPages(), Date.now(), await store.loadProfile(), answers);
			await store.saveAnswersAndAudit(answers, audit);
			await updateBadge(badge, audit);
		});
	}

	return {
		async reportPage(reading, sender) {
			await migrated();
			// A site the organisation turned off is not read: nothing of it is kept.
			if ((await store.loadPolicy()).sitesOff?.includes(reading.site)) {
				return undefined;
			}

			const tabState = store.saveTabState(sender.tab!.id!, {site: reading.site, pageKind: reading.pageKind, status: reading.status, at: Date.now()});
			const recorded = serialized(async () => {
				const next = recordPage(await store.loadPages(), reading, Date.now(), await store.loadProfile(), await store.loadAnswers());
				if (!next) {
					return undefined;
				}

				await store.savePagesAndAudit(next.pages, next.audit);
				if (next.changed) {
					await store.saveChanges(addChangeRecord(await store.loadChanges(), next.changed));
				}

				await updateBadge(badge, next.audit);
				return next.changed;
			});
			// The scan moves on once the page is recorded, whether or not that worked: its next page then
			// replaces this one in the tab, and a worker stopped in between must find the record (run-scan.ts
			// storedMeanwhile), not a step counted as read whose page was never kept (seen in e2e, 2026-12-04).
			const scanned = recorded.then(() => undefined, () => undefined)
				.then(async () => scans.scanReport(sender.tab?.id, reading, worker.recordScan));
			const changed = await recorded;
			if (changed && !reading.live) {
				await notifyMoreExposed(worker.notifications, changed).catch(() => undefined);
			}

			await Promise.all([tabState, scanned]);
			// A page the user opened with "Show me" gets the request back in this reply: no second message.
			return reading.status === 'read' && !reading.live ? takeShowMe(worker, reading.site, reading.pageKind, Date.now()) : undefined;
		},
		// Pure data, no storage: a page in a language its site is read in besides English gets its words.
		labelTable: ({site, language}) => labelTable(site, language),
		async notePage(note, sender) {
			await store.saveTabState(sender.tab!.id!, {...note, at: Date.now()});
		},
		async getState({tabId}) {
			await migrated();
			const storeProblem = await store.loadStoreProblem();
			if (storeProblem?.problem === 'damaged') {
				await store.forgetStoreProblem();
			}

			// An audit of the wrong shape is rebuilt from the pages rather than left for the popup to choke on;
			// so is one scored for another audience than an organisation set, or with sites it turned off.
			const policy = await store.loadPolicy();
			const profile = await store.loadProfile();
			const pages = withoutSites(await store.loadPages(), policy.sitesOff);
			const stored = await store.loadAudit();
			const fits = stored && stored.profile === profile && !stored.sites.some(site => policy.sitesOff?.includes(site.site));
			const audit = fits ? stored : Object.keys(pages).length > 0 ? auditOf(pages, Date.now(), profile, await store.loadAnswers()) : undefined;
			return {
				audit,
				tab: tabId === undefined ? undefined : await store.loadTabState(tabId),
				catalog: siteCatalog(policy.sitesOff),
				profile,
				managed: policy,
				changes: (await store.loadChanges()).slice(0, recentChanges),
				storeProblem,
				scan: await store.loadScan(),
				scans: (await store.loadScans()).slice(0, recentScans),
				reminder: (await store.loadReminder())?.every ?? 'off',
				answers: await store.loadAnswers(),
				review: await store.loadReview(),
				withoutAccess: await sitesWithoutAccess(worker.siteAccess),
			};
		},
		async forgetSite({site}) {
			await migrated();
			await serialized(async () => {
				const next = forgetSite(await store.loadPages(), site, Date.now(), await store.loadProfile(), await store.loadAnswers());
				await store.saveAnswersAndAudit(next.answers, next.audit);
				await store.savePagesAndAudit(next.pages, next.audit);
				await store.saveChanges((await store.loadChanges()).filter(record => record.site !== site));
				await store.saveScans(forgetSiteInHistory(await store.loadScans(), site));
				await updateBadge(badge, next.audit);
			});
		},
		async forgetEverything() {
			// The scan stops without a record: there is nothing left to keep it in.
			await scans.stopScan('by-user', async () => undefined);
			await serialized(async () => {
				await store.forgetEverything();
				await updateBadge(badge, undefined);
			});
			await syncCheckupAlarm(worker);
			await syncCheckInAlarm(worker, Date.now());
		},
		async setProfile({profile}) {
			await migrated();
			if ((await store.loadPolicy()).profile) {
				return; // Set by the organisation: the popup shows it fixed.
			}

			// Re-scores what is stored; nothing is read again.
			await serialized(async () => {
				const audit = auditOf(await store.loadPages(), Date.now(), profile, await store.loadAnswers());
				await store.saveProfileAndAudit(profile, audit);
				await updateBadge(badge, audit);
			});
		},
		async showMe(press) {
			await startShowMe(worker, press, Date.now());
		},
		async startScan() {
			await migrated();
			await scans.startScan(siteCatalog((await store.loadPolicy()).sitesOff), worker.recordScan);
		},
		async cancelScan() {
			await scans.stopScan('by-user', worker.recordScan);
		},
		async setReminder({every}) {
			await migrated();
			if ((await store.loadPolicy()).reminder) {
				return; // Set by the organisation: the popup shows it fixed.
			}

			await serialized(async () => store.saveReminder({every, setAt: Date.now()}));
			await syncCheckupAlarm(worker);
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
			await migrated();
			await serialized(async () => {
				const now = Date.now();
				const answers = await store.loadAnswers();
				let audit = await store.loadAudit() ?? auditOf(await store.loadPages(), now, await store.loadProfile(), answers);
				if (action.do === 'start') {
					// The teen's age band switches every rule to teen severities before the findings are ordered.
					audit = auditOf(await store.loadPages(), now, action.band, answers);
					await store.saveProfileAndAudit(action.band, audit);
					await updateBadge(badge, audit);
				}

				await store.saveReview(applyReviewAction(await store.loadReview(), action, audit, now));
			});
			await syncCheckInAlarm(worker, Date.now());
		},
		async deleteReview() {
			await migrated();
			await serialized(store.deleteReview);
			await syncCheckInAlarm(worker, Date.now());
		},
	};
}
