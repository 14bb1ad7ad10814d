import type {Question} from '../questions/define-question.js';
import {inApp, type SiteFix} from './define-rule.js';

/**
 * Facebook fixes shared by several rules. Menu paths: risks-and-settings.md (b) Facebook catalog;
 * URLs: platform-pages.md §2.1 and platform-pages-2.md §1.1 (vintage 2025–26).
 */
const aboutSteps = (section: string, row: string, audience: string): string[] => [
	'Open your profile and choose About.',
	`Open "${section}".`,
	`Next to "${row}", select the audience icon.`,
	`Choose "${audience}", then Save.`,
];

export const facebookFixes = {
	birthday: {
		page: 'about-contact-and-basic-info',
		steps: [...aboutSteps('Contact and basic info', 'Birth year', 'Only me'), 'Do the same for "Birth date": choose "Friends" or "Only me".'],
		confirmed: '2026-09', confidence: 'M',
	},
	places: (row: string): SiteFix => ({
		page: 'about-places', steps: aboutSteps('Places lived', row, 'Only me'), confirmed: '2026-07', confidence: 'M',
	}),
	contact: (row: string): SiteFix => ({
		page: 'about-contact-and-basic-info', steps: aboutSteps('Contact and basic info', row, 'Only me'), confirmed: '2026-07', confidence: 'M',
	}),
	findAndContact: (question: string, answer: string): SiteFix => ({
		page: 'settings-find-and-contact',
		steps: ['Open Settings & privacy › Settings.', 'Open "How people find and contact you".', `At "${question}", select the audience.`, `Choose "${answer}".`],
		confirmed: '2026-09', confidence: 'M',
	}),
	profileAndTagging: (question: string, answer: string): SiteFix => ({
		page: 'settings-profile-and-tagging',
		steps: ['Open Settings & privacy › Settings.', 'Open "Profile and tagging".', `At "${question}", choose "${answer}".`],
		confirmed: '2024-06', confidence: 'M',
	}),
} as const;

/**
 * X fixes: Settings and privacy › Privacy and safety › <section> › <page>. Paths and labels:
 * platform-pages.md §1.1–1.2 (X's shipped web client, H, 2025-07) and risks-and-settings.md (b) X.
 */
export const xFix = (page: string, trail: readonly string[], action: string, confidence: SiteFix['confidence'] = 'M'): SiteFix => ({
	page,
	steps: ['Open More › Settings and privacy › Privacy and safety.', ...trail.map(step => `Open "${step}".`), action],
	confirmed: '2025-07', confidence,
});

/** X birth date: Edit profile › Birth date › "Who sees this?" (platform-pages.md §1.2–1.3, H, 2025-07). */
export const xBirthdayFix: SiteFix = {
	page: 'edit-profile',
	steps: ['Open your profile and choose "Edit profile".', 'Select "Birth date", then "Edit".', 'Under "Who sees this?", set "Year" to "Only you".', 'Set "Month and day" to "You follow each other" or "Only you", then Save.'],
	confirmed: '2025-07', confidence: 'M',
};

/**
 * Instagram fixes on the web: More (☰) › Settings › <page>, or Edit profile. Paths and labels:
 * platform-pages-2.md §2.1–2.3 (2025–26) and risks-and-settings.md (b) Instagram.
 */
export const instagramFix = (page: string, steps: readonly string[], confirmed: string, confidence: SiteFix['confidence'] = 'M'): SiteFix =>
	({page, steps, confirmed, confidence});

/**
 * LinkedIn fixes: Me › Settings & Privacy › <section> › <row>. Paths and labels: risks-and-settings.md (b)
 * LinkedIn and platform-pages-2.md §4.1–4.2 (2025–26; `confirmed` defaults to the start of 2026, the month is not given).
 */
export const linkedinFix = (page: string, trail: readonly string[], action: string, confirmed = '2026-01', confidence: SiteFix['confidence'] = 'M'): SiteFix => ({
	page,
	steps: ['Open Me › Settings & Privacy.', ...trail.map(step => `Open "${step}".`), action],
	confirmed, confidence,
});

/**
 * LinkedIn contact info: your profile › "Contact info" › edit (the pencil), platform-pages-2.md §4.3
 * (overlay M, 2025–26; the edit form M, Aug 2026 guide). The birthday's audiences (Only you / Your
 * connections / Your network / All LinkedIn members) are from risks-and-settings.md (b) LinkedIn (L).
 */
export const linkedinContactFix = (action: string, confidence: SiteFix['confidence'] = 'M'): SiteFix => ({
	page: 'contact-info',
	steps: ['Open your profile and select "Contact info".', 'Select the pencil ("Edit contact info").', action, 'Select "Save".'],
	confirmed: '2026-08', confidence,
});

/**
 * TikTok fixes. On the web: profile picture › Settings › Privacy tab (platform-pages-2.md §3.1–3.2,
 * M–H, 2025–26; `confirmed` is the start of 2026, the month is not given). Settings only the app shows:
 * Profile › ☰ › Settings and privacy › Privacy › <row> (risks-and-settings.md (b) TikTok, early 2026).
 */
export const tiktokFix = (page: string, steps: readonly string[], confidence: SiteFix['confidence'] = 'M', confirmed = '2026-01'): SiteFix =>
	({page, steps, confirmed, confidence});

/** The steps to a row of the TikTok app's Privacy settings. */
export const tiktokAppSteps = (row: string, action: string): string[] =>
	['In the TikTok app, open Profile › ☰ › Settings and privacy › Privacy.', `Open "${row}".`, action];

/** The steps to a row of the web settings' Privacy tab. */
export const tiktokWebSteps = (row: string, action: string): string[] =>
	['On tiktok.com, open your profile picture › Settings, then the "Privacy" tab.', `Find "${row}".`, action];

/**
 * Taking something out of the bio, on the sites whose bio Overshare reads: X Edit profile › Bio
 * (platform-pages.md §1.3, Profile_Bio / name="description", 2025-07–2026) and Instagram Edit profile
 * › Bio (platform-pages-2.md §2.3, textarea#pepBio, Submit, 2026-02).
 */
export const bioFixes = (what: string): Readonly<Record<string, SiteFix>> => ({
	x: {page: 'edit-profile', steps: ['Open your profile and choose "Edit profile".', `In "Bio", delete ${what}.`, 'Select "Save".'], confirmed: '2025-07', confidence: 'M'},
	instagram: {page: 'edit-profile', steps: ['Open your profile and choose "Edit profile".', `In "Bio", delete ${what}.`, 'Select "Submit".'], confirmed: '2026-02', confidence: 'M'},
});

/**
 * Fixes made in a phone app: the guided question's own path (risks-and-settings.md (b), with its
 * vintage and confidence), then what to choose there.
 */
export const appFix = (appName: string, question: Question, action: string): SiteFix => ({
	page: inApp,
	steps: [`Open the ${appName} app.`, `Go to ${question.path.join(' › ')}.`, action],
	confirmed: question.confirmed, confidence: question.confidence,
});
