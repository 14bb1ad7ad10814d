import type {LabelTable} from '../label-table.js';

/**
 * Instagram's en wordings (platform-pages-2.md §2.2–2.3: "Private account", H; "Show account
 * suggestions on profiles", M, selectors note 2026-02-19). Guides also write "Private Account"
 * (platform-pages.md §3.2); normalizeText lower-cases, so one wording matches both.
 */
export const labelsEn = {
	privateAccount: 'Private account',
	accountSuggestions: 'Show account suggestions on profiles',
	// Tags and mentions (platform-pages-2.md §2.4, L–M: a clone of the real UI whose wording matches the
	// app's strings; the clone also phrases the options as "Allow tags from everyone" …).
	tagsFrom: 'Allow tags from',
	mentionsFrom: 'Allow mentions from',
	manualTagApproval: 'Manually approve tags',
	fromEveryone: ['Everyone', 'Allow tags from everyone', 'Allow mentions from everyone'],
	fromFollowing: ['People you follow', 'Allow tags from people you follow', 'Allow mentions from people you follow'],
	tagsOff: ['Don\'t allow tags', 'Don\'t allow'],
	mentionsOff: ['Don\'t allow mentions', 'Don\'t allow'],
	// Messages and story replies › Message controls (risks-and-settings.md (b) Instagram, M for the app's
	// labels, 2025-04; that the web page shows the same group is an assumption, L).
	othersOnInstagram: 'Others on Instagram',
	requestsDelivered: 'Message requests',
	requestsRefused: ['Don\'t receive requests', 'Don\'t receive message requests'],
	// Apps and websites (L: risks-and-settings.md (b) names the page, unsourced; tabs and empty-state
	// text written after Meta's Facebook page of the same name).
	activeAppsTab: 'Active',
	noActiveApps: ['You don\'t have any active apps or websites', 'You have not authorized any applications to access your Instagram account.'],
	// Accounts Center › Personal details (platform-pages.md §3.1, L: assumed by analogy with Facebook's).
	contactInfo: 'Contact info',
	birthday: 'Birthday',
} as const satisfies LabelTable;

export type InstagramLabel = keyof typeof labelsEn;
