import type {SiteFix} from './define-rule.js';

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
