import type {PageStatus} from '../content-scripts/extract-page.js';
import type {Status} from '../src/model/audit.js';
import type {Severity} from '../src/model/severity.js';

// Every string the popup shows, in one place so that moving them to _locales is one change.

export const appName = 'Overshare';
export const staysOnDevice = 'Everything stays on this device.';
export const loading = 'Loading…';
export const failed = "Overshare couldn't load your checklist. Close this panel and open it again.";
export const nothingCheckedYet = 'Nothing checked yet';
export const newTab = ' (opens in a new tab)';

/** Summary chips: "2 high-risk", "3 couldn't check", "5 ok". */
export const severityCount: Record<Severity, (count: number) => string> = {
	critical: count => `${count} critical`,
	high: count => `${count} high-risk`,
	medium: count => `${count} medium-risk`,
	low: count => `${count} low-risk`,
	info: count => `${count} to note`,
};
export const unknownCount = (count: number) => `${count} couldn't check`;
export const okCount = (count: number) => `${count} ok`;

export const severityLabel: Record<Severity, string> = {
	critical: 'Critical',
	high: 'High',
	medium: 'Medium',
	low: 'Low',
	info: 'Info',
};
/** Read before the severity of an item that is not at risk, so "High" under "OK" is not misheard. */
export const severityIfAtRisk = 'Severity if at risk: ';

export const groupHeading: Record<Status, string> = {
	risk: 'At risk',
	unknown: "Couldn't check",
	ok: 'OK',
};

export const tabNotice: Record<Exclude<PageStatus, 'read'>, string> = {
	'not-own-profile': "This isn't your own profile (or Overshare couldn't confirm it is), so nothing on this page was read or stored.",
	'logged-out': "You're not signed in here, so nothing was read.",
	'language-unsupported': "This page is in a language Overshare can't read yet; switch the site's language to English to check it.",
	'page-not-ready': "This page didn't finish loading, so nothing was read. Reload it to try again.",
};
export const readThisPage = (title: string) => `Read this page: ${title}`;

export const emptyIntro = 'Overshare reads your own profile and settings pages while you look at them, then lists what they give away and how to fix it. Sign in, then open these pages:';

export const whyItMatters = 'Why it matters';
export const howToChange = 'How to change it';
export const notRead = 'Not read: ';
export const fixIt = (page: string) => `Fix it: ${page}`;
export const openPage = (page: string) => `Open ${page}`;
export const pagesToVisit = 'Open these pages to finish checking:';

export const forgetSite = (site: string) => `Forget ${site}`;
export const forgetQuestion = (site: string) => `Delete everything Overshare has stored about your ${site} pages? You can check them again by opening them.`;
export const forgetConfirm = 'Forget';
export const forgetCancel = 'Cancel';

export const profileQuestion = 'Who is this check for?';
export const profileLabel = {adult: 'An adult', teen13: 'A teen, 13–15', teen16: 'A teen, 16–17'} as const;
export const profileHelp = 'Teens get stricter severities: who can contact or find them matters more.';
export const grade = (letter: string, value: number) => `Grade ${letter} · ${value}/100`;
export const noGradeYet = 'No grade yet';
export const coverage = (checked: number, total: number) => `${checked} of ${total} checks done`;
export const startHere = 'Start here:';

export const changesTitle = 'What changed since last time';
export const changedSince = (page: string, date: string) => `${page}, since ${date}`;
export const direction = {
	'more-exposed': 'more exposed',
	'less-exposed': 'less exposed',
	changed: 'changed',
	unreadable: "can't be read any more: the page may have changed",
} as const;
export const valueText = {notSet: 'not set', shownTo: (audience: string) => `shown to ${audience}`, on: 'on', off: 'off', unreadable: "couldn't read"};
export const storeProblem = {
	unreadable: "Overshare's stored data couldn't be read, so it was set aside and checking starts fresh.",
	'newer-version': 'Stored data came from a newer version of Overshare, so it was set aside and checking starts fresh.',
} as const;
export const forgetEverything = 'Forget everything';
export const forgetEverythingQuestion = 'Delete everything Overshare has stored on this device: findings, changes and settings?';

// Guided questions about settings only the phone apps show.
export const questionsTitle = 'Questions about your apps';
export const questionsIntro = 'Some settings only show in the phone apps, where Overshare cannot read them. Tell it what the app says, and it checks your answer like any other setting. Your answers stay on this device.';
export const whichApps = 'Which of these apps do you use?';
export const appQuestionsHeading = (app: string) => `In the ${app} app`;
export const inTheApp = (app: string, path: readonly string[]) => `In the ${app} app: ${path.join(' → ')}. What does it say?`;
export const noAppAnswer = "I don't have this app / account";
export const notSureAnswer = "I'm not sure";
export const platformDefaults = (adult: string, teen: string) => `Default for adults: ${adult}. For teens: ${teen}.`;
export const documented = (month: string, confidence: string) => `Path and labels as documented ${month} (confidence ${confidence}); apps change, so go by what yours shows.`;
export const reportedOn = (date: string) => `Reported by you on ${date}`;
export const clearAnswer = 'Clear answer';
export const answerQuestion = 'Answer the question about it';
export const fixInApp = (where: string) => `Fix it in ${where}`;
