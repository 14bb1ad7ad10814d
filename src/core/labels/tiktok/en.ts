import type {LabelTable} from '../label-table.js';

/**
 * TikTok's en wordings on the web settings Privacy tab (platform-pages-2.md §3.2, M–H, live-probe and
 * sidecar tools 2025–26). The page follows the account language, not `?lang=` (§3.1), so other
 * languages need their own table (e.g. vi "Tài khoản riêng tư").
 */
export const labelsEn = {
	privateAccount: 'Private account',
	commentsRow: 'Who can comment on your posts',
	duetRow: ['Who can Duet with your posts', 'Who can remix your posts'],
	everyone: 'Everyone',
	friends: 'Friends',
} as const satisfies LabelTable;

export type TikTokLabel = keyof typeof labelsEn;
