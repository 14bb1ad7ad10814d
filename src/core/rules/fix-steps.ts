import {inApp} from '../model/audit.js';
import type {Question} from '../questions/define-question.js';
import type {SiteFix} from './define-rule.js';

// Where the fixes several rules share are made, and how sure the reference facts are. Their steps
// are words, in each language's catalog (src/i18n/<lang>/fix-steps.ts).

/**
 * Facebook: About sections and Settings pages. Menu paths: risks-and-settings.md (b) Facebook catalog;
 * URLs: platform-pages.md §2.1 and platform-pages-2.md §1.1 (vintage 2025–26).
 */
export const facebookFixes = {
	birthday: {page: 'about-contact-and-basic-info', confirmed: '2026-09', confidence: 'M'},
	places: {page: 'about-places', confirmed: '2026-07', confidence: 'M'},
	contact: {page: 'about-contact-and-basic-info', confirmed: '2026-07', confidence: 'M'},
	findAndContact: {page: 'settings-find-and-contact', confirmed: '2026-09', confidence: 'M'},
	profileAndTagging: {page: 'settings-profile-and-tagging', confirmed: '2024-06', confidence: 'M'},
} as const satisfies Readonly<Record<string, SiteFix>>;

/**
 * X: Settings and privacy › Privacy and safety › <section> › <page>. Paths and labels:
 * platform-pages.md §1.1–1.2 (X's shipped web client, H, 2025-07) and risks-and-settings.md (b) X.
 */
export const xFix = (page: string, confidence: SiteFix['confidence'] = 'M'): SiteFix => ({page, confirmed: '2025-07', confidence});

/** X birth date: Edit profile › Birth date › "Who sees this?" (platform-pages.md §1.2–1.3, H, 2025-07). */
export const xBirthdayFix: SiteFix = {page: 'edit-profile', confirmed: '2025-07', confidence: 'M'};

/**
 * Instagram on the web: More (☰) › Settings › <page>, or Edit profile. Paths and labels:
 * platform-pages-2.md §2.1–2.3 (2025–26) and risks-and-settings.md (b) Instagram.
 */
export const instagramFix = (page: string, confirmed: string, confidence: SiteFix['confidence'] = 'M'): SiteFix => ({page, confirmed, confidence});

/**
 * LinkedIn: Me › Settings & Privacy › <section> › <row>. Paths and labels: risks-and-settings.md (b)
 * LinkedIn and platform-pages-2.md §4.1–4.2 (2025–26; `confirmed` defaults to the start of 2026, the month is not given).
 */
export const linkedinFix = (page: string, confirmed = '2026-01', confidence: SiteFix['confidence'] = 'M'): SiteFix => ({page, confirmed, confidence});

/**
 * LinkedIn contact info: your profile › "Contact info" › edit (the pencil), platform-pages-2.md §4.3
 * (overlay M, 2025–26; the edit form M, Aug 2026 guide). The birthday's audiences (Only you / Your
 * connections / Your network / All LinkedIn members) are from risks-and-settings.md (b) LinkedIn (L).
 */
export const linkedinContactFix = (confidence: SiteFix['confidence'] = 'M'): SiteFix => ({page: 'contact-info', confirmed: '2026-08', confidence});

/**
 * TikTok. On the web: profile picture › Settings › Privacy tab (platform-pages-2.md §3.1–3.2,
 * M–H, 2025–26; `confirmed` is the start of 2026, the month is not given). Settings only the app shows:
 * Profile › ☰ › Settings and privacy › Privacy › <row> (risks-and-settings.md (b) TikTok, early 2026).
 */
export const tiktokFix = (page: string, confidence: SiteFix['confidence'] = 'M', confirmed = '2026-01'): SiteFix => ({page, confirmed, confidence});

/**
 * Taking something out of the bio, on the sites whose bio Overshare reads: X Edit profile › Bio
 * (platform-pages.md §1.3, Profile_Bio / name="description", 2025-07–2026) and Instagram Edit profile
 * › Bio (platform-pages-2.md §2.3, textarea#pepBio, Submit, 2026-02).
 */
export const bioFixes: Readonly<Record<string, SiteFix>> = {
	x: {page: 'edit-profile', confirmed: '2025-07', confidence: 'M'},
	instagram: {page: 'edit-profile', confirmed: '2026-02', confidence: 'M'},
	// YouTube: the description is read on your channel's About and edited in YouTube Studio, whose
	// page and labels the reference does not confirm (platform-pages-3.md §3.4: "unverified").
	youtube: {page: 'channel-about', confirmed: '2026-12', confidence: 'L'},
};

/**
 * YouTube. Settings › Privacy at `/account_privacy` (platform-pages-3.md §3.1, §3.4, H, 2021–26); what
 * your channel's About shows is changed in YouTube Studio, reached from the channel's "Customize
 * channel" (§3.4: the Studio address is unverified, so L).
 */
export const youtubeFix = (page: 'account-privacy' | 'channel-about', confidence: SiteFix['confidence'], confirmed = '2026-12'): SiteFix => ({page, confirmed, confidence});

/**
 * Fixes made in a phone app: along the guided question's own path (risks-and-settings.md (b), with
 * its vintage and confidence).
 */
export const appFix = (question: Question): SiteFix => ({page: inApp, confirmed: question.confirmed, confidence: question.confidence});

/**
 * Reddit on the web: avatar › Settings › Privacy or Profile (platform-pages-3.md §4.1, §4.4: the
 * privacy page H, the profile page M; labels §4.2 by vintage, M–L). `confirmed` is the reference's
 * vintage (2026-12 compile, 2025–26 facts) unless the fact is dated.
 */
export const redditFix = (page: string, confidence: SiteFix['confidence'] = 'M', confirmed = '2025-06'): SiteFix => ({page, confirmed, confidence});

/**
 * Google Account: myaccount.google.com and myactivity.google.com pages (platform-pages-3.md §2.1,
 * addresses H, MICROG 2023). The labels on them are M–L (§2.2), so each fix says its own date and confidence;
 * where a source gives only the year, `confirmed` is its January.
 */
export const googleFix = (page: string, confirmed: string, confidence: SiteFix['confidence']): SiteFix => ({page, confirmed, confidence});

/** About me (§2.1 H; "Only you" / "Anyone" M from the es/it help, their en wording and the row markup L). */
export const googleAboutMeFix: SiteFix = googleFix('profile', '2023-01', 'L');

/**
 * Strava: your profile picture › Settings › Privacy Controls (or My Apps). The address is H
 * (platform-pages-3.md §1.1, 2018–2026); the labels are H–L by control (§1.2), said per rule.
 */
export const stravaFix = (confidence: SiteFix['confidence'] = 'M', page = 'settings-privacy', confirmed = '2026-03'): SiteFix => ({page, confirmed, confidence});
