import type {PageStatus} from '../src/core/model/page-reading.js';
import type {CaptureRefusal} from '../src/core/protocol/parse-capture.js';
import type {Status} from '../src/core/model/audit.js';
import type {Severity} from '../src/core/model/severity.js';
import {plural, t} from '../src/i18n/t.js';

// Every string the popup shows, from src/i18n/<lang>/messages.json (src/i18n/t.ts). The names and
// shapes are the popup's interface: add a message to every language's file, then export it here.

export const appName = t('appName');
export const staysOnDevice = t('staysOnDevice');
export const loading = t('loading');
export const stillLoading = t('stillLoading');
export const tryAgain = t('tryAgain');
export const setByOrganisation = t('setByOrganisation');
export const siteAccessLost = (sites: string) => t('siteAccessLost', sites);
export const siteAccessHowBack = t('siteAccessHowBack');
export const failed = t('failed');
export const nothingCheckedYet = t('nothingCheckedYet');
export const newTab = t('newTab');

/** Summary chips: "2 high-risk", "3 couldn't check", "5 ok". */
export const severityCount: Record<Severity, (count: number) => string> = {
	critical: count => plural('countCritical', count),
	high: count => plural('countHigh', count),
	medium: count => plural('countMedium', count),
	low: count => plural('countLow', count),
	info: count => plural('countInfo', count),
};
export const unknownCount = (count: number) => plural('countUnknown', count);
export const okCount = (count: number) => plural('countOk', count);

export const severityLabel: Record<Severity, string> = {
	critical: t('severityCritical'),
	high: t('severityHigh'),
	medium: t('severityMedium'),
	low: t('severityLow'),
	info: t('severityInfo'),
};
/** Read before the severity of an item that is not at risk, so "High" under "OK" is not misheard. */
export const severityIfAtRisk = t('severityIfAtRisk');

export const groupHeading: Record<Status, string> = {
	risk: t('groupRisk'),
	unknown: t('groupUnknown'),
	ok: t('groupOk'),
};

export const tabNotice: Record<Exclude<PageStatus, 'read' | 'language-unsupported'>, string> = {
	'not-own-profile': t('noticeNotOwnProfile'),
	'account-unconfirmed': t('noticeAccountUnconfirmed'),
	'logged-out': t('noticeLoggedOut'),
	'page-not-ready': t('noticePageNotReady'),
};
/** A page in a UI language the site's readers have no words for, and the ones they have ("English or Spanish"). */
export const languageUnsupported = (site: string, languages: string) => t('noticeLanguageUnsupported', site, languages);
export const readThisPage = (title: string) => t('readThisPage', title);
export const readingThisPage = (title: string) => t('readingThisPage', title);
export const notAuditedPage = (site: string) => t('notAuditedPage', site);
export const notSupportedTab = (sites: string) => t('notSupportedTab', sites);
export const allFixed = t('allFixed');
export const noneAtRisk = (unknown: number) => plural('noneAtRisk', unknown);

export const emptyIntro = t('emptyIntro');

export const whyItMatters = t('whyItMatters');
export const howToChange = t('howToChange');
export const notRead = t('notRead');
export const fixIt = (page: string) => t('fixIt', page);
export const openPage = (page: string) => t('openPage', page);
export const pagesToVisit = t('pagesToVisit');

export const forgetSite = (site: string) => t('forgetSite', site);
export const forgetQuestion = (site: string) => t('forgetQuestion', site);
export const forgetConfirm = t('forgetConfirm');
export const forgetCancel = t('forgetCancel');

export const profileQuestion = t('profileQuestion');
export const profileLabel = {adult: t('profileAdult'), teen13: t('profileTeen13'), teen16: t('profileTeen16')} as const;
export const profileHelp = t('profileHelp');
export const grade = (letter: string, value: number) => t('grade', letter, value);
export const noGradeYet = t('noGradeYet');
export const coverage = (checked: number, total: number) => plural('coverage', total, checked, total);
export const startHere = t('startHere');

export const changesTitle = t('changesTitle');
export const changedSince = (page: string, date: string) => t('changedSince', page, date);
export const direction = {
	'more-exposed': t('directionMoreExposed'),
	'less-exposed': t('directionLessExposed'),
	changed: t('directionChanged'),
	unreadable: t('directionUnreadable'),
} as const;
export const valueText = {notSet: t('valueNotSet'), shownTo: (audience: string) => t('valueShownTo', audience), on: t('valueOn'), off: t('valueOff'), unreadable: t('valueUnreadable')};
export const storeProblem = {
	unreadable: t('storeProblemUnreadable'),
	'newer-version': t('storeProblemNewerVersion'),
	damaged: t('storeProblemDamaged'),
} as const;
export const forgetEverything = t('forgetEverything');
export const forgetEverythingQuestion = t('forgetEverythingQuestion');

// Scan all.
export const scanAll = t('scanAll');
export const scanAllHelp = t('scanAllHelp');
export const scanning = t('scanning');
export const cancelScan = t('cancelScan');
export const siteProgress = (site: string, done: number, total: number) => t('siteProgress', site, done, total);
export const scanCancelled = {
	'by-user': t('scanCancelledByUser'),
	'tab-closed': t('scanCancelledTabClosed'),
	'tab-failed': t('scanCancelledTabFailed'),
} as const;
export const notSignedIn = (site: string) => t('notSignedIn', site);
export const pagesUnread = (site: string, count: number) => plural('pagesUnread', count, count, site);
export const historyTitle = t('historyTitle');
export const historyLine = (date: string, risks: number) => t('historyLine', date, risks);
export const historyAppeared = (count: number) => plural('historyAppeared', count);
export const historyFixed = (count: number) => plural('historyFixed', count);
export const historyUnreadable = (count: number) => plural('historyUnreadable', count);
export const historyCancelled = t('historyCancelled');
export const reminderQuestion = t('reminderQuestion');
export const reminderLabel = {off: t('reminderOff'), monthly: t('reminderMonthly'), quarterly: t('reminderQuarterly')} as const;

export const acrossHeading = t('acrossHeading');
export const acrossIntro = t('acrossIntro');
export const onSite = (site: string) => t('onSite', site);
export const talkHeading = t('talkHeading');
export const talkIntro = t('talkIntro');
export const showMe = t('showMe');
export const reportOpen = t('reportOpen');
export const reportTitle = t('reportTitle');
export const reportGenerated = (date: string) => t('reportGenerated', date);
export const reportFor = (profile: string) => t('reportFor', profile);
export const reportPrint = t('reportPrint');
export const reportDownload = t('reportDownload');

// Guided questions about settings only the phone apps show.
export const questionsTitle = t('questionsTitle');
export const questionsIntro = t('questionsIntro');
export const whichApps = t('whichApps');
export const appQuestionsHeading = (app: string) => t('appQuestionsHeading', app);
export const inTheApp = (app: string, path: readonly string[]) => t('inTheApp', app, path.join(' → '));
export const noAppAnswer = t('noAppAnswer');
export const notSureAnswer = t('notSureAnswer');
export const platformDefaults = (adult: string, teen: string) => t('platformDefaults', adult, teen);
export const documented = (month: string, confidence: string) => t('documented', month, confidence);
export const reportedOn = (date: string) => t('reportedOn', date);
export const clearAnswer = t('clearAnswer');
export const answerQuestion = t('answerQuestion');
export const fixInApp = (where: string) => t('fixInApp', where);

export const aboutTitle = t('aboutTitle');
export const aboutText = t('aboutText');
export const captureHelp = t('captureHelp');
export const captureButton = t('captureButton');
export const captureSaved = (fileName: string) => t('captureSaved', fileName);
export const captureFailed = t('captureFailed');
export const captureRefused: Record<CaptureRefusal, string> = {
	'not-a-page': t('captureNotAPage'),
	'not-own-profile': t('captureNotOwn'),
	'account-unconfirmed': t('captureAccountUnconfirmed'),
	'logged-out': t('captureLoggedOut'),
	'language-unsupported': t('captureLanguage'),
	'page-not-ready': t('captureNotReady'),
};
