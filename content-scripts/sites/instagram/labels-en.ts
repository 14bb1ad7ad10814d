import type {LabelTable} from '../../define-site.js';

/**
 * Instagram's en wordings (platform-pages-2.md §2.2–2.3: "Private account", H; "Show account
 * suggestions on profiles", M, selectors note 2026-02-19). Guides also write "Private Account"
 * (platform-pages.md §3.2); normalizeText lower-cases, so one wording matches both.
 */
export const labelsEn = {
	privateAccount: 'Private account',
	accountSuggestions: 'Show account suggestions on profiles',
} as const satisfies LabelTable;

export type InstagramLabel = keyof typeof labelsEn;
