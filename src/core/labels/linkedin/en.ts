import type {LabelTable} from '../label-table.js';

/**
 * LinkedIn's en wordings (platform-pages-2.md §4.2: category-list rows and values, M, 2025–26;
 * risks-and-settings.md (b) LinkedIn for the generative-AI switch, H, 2024–25). Where sources
 * disagree on a wording, both are listed.
 */
export const labelsEn = {
	// Settings › Visibility › "Visibility of your profile & network": row titles.
	emailRow: ['Who can see or download your email address', 'Who can see your email address'],
	connectionsRow: ['Who can see your connections', 'Connections'],
	discoverByEmailRow: ['Profile discovery using email address', 'Discoverability by email'],
	discoverByPhoneRow: ['Profile discovery using phone number', 'Discoverability by phone number'],
	// Email visibility values.
	emailOnlyMe: 'Only visible to me',
	emailFirst: '1st-degree connections',
	emailSecond: '1st and 2nd-degree connections',
	emailAnyone: 'Anyone on LinkedIn',
	// Discovery values ("Anyone" on the email row, "Everyone" on the phone row and sub-pages).
	discoverEveryone: ['Everyone', 'Anyone'],
	discoverSecond: '2nd-degree connections',
	discoverFirst: '1st-degree connections',
	discoverNobody: 'Nobody',
	// On/Off rows.
	on: 'On',
	off: 'Off',
	// Data privacy › Data for Generative AI Improvement.
	aiTraining: 'Use my data for training content creation AI models',
	// Contact info overlay (platform-pages-2.md §4.3: h3 headings, H for 2019–24 markup, M after;
	// "Your Profile" is the own view's first heading, "<Name>'s Profile" anyone else's).
	yourProfile: 'Your Profile',
	birthdayHeading: 'Birthday',
	phoneHeading: 'Phone',
	addressHeading: 'Address',
	// The overlay's other section headings (§4.3): with these and the four above, every heading is
	// known, so a section that is not there is one the user left empty, not one renamed.
	otherHeadings: ['Website', 'Websites', 'Email', 'Twitter', 'IM', 'Connected'],
	// The own view's edit control (§4.3, M, Aug 2026 guide): the details are changed in its form.
	editContactInfo: 'Edit contact info',
	// Data privacy › Permitted services: not in the reference (L, written for the samples): one
	// "Remove" button per service, and a sentence when there are none.
	removeService: 'Remove',
	noPermittedServices: ['You haven\'t permitted any services', 'You have no permitted services'],
} as const satisfies LabelTable;

export type LinkedInLabel = keyof typeof labelsEn;
