import type {LabelTable} from '../label-table.js';

/**
 * YouTube's en titles of the two Settings › Privacy switches (platform-pages-3.md §3.2: subscriptions
 * H, 2018–26, ten or more repos; saved playlists M, 2025). Each must agree with the switch's key in the
 * embedded data: a switch whose title says otherwise is not one we understand.
 */
export const labelsEn = {
	subscriptionsPrivate: 'Keep all my subscriptions private',
	savedPlaylistsPrivate: 'Keep all my saved playlists private',
	// The owner's button in a channel's header (guess, L: the rendered header is not in the reference).
	customizeChannel: 'Customize channel',
} as const satisfies LabelTable;

export type YouTubeLabel = keyof typeof labelsEn;
