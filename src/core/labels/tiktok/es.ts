import type {LabelTable} from '../label-table.js';
import type {TikTokLabel} from './en.js';

/**
 * TikTok's Spanish (es) wordings on the web settings Privacy tab. The page follows the account
 * language, not `?lang=` (platform-pages-2.md §3.1, M). The reference has only the en labels, so each
 * wording says where it comes from and how sure it is (H: TikTok's own Spanish help center,
 * support.tiktok.com/es; L: written for this project's Spanish samples after the en pattern, in the
 * words of TikTok's Spanish app). A wrong wording only makes a field "couldn't check".
 */
export const labelsEs = {
	// H: "Cuenta privada" (support.tiktok.com/es, account privacy settings).
	privateAccount: 'Cuenta privada',
	// L: after the en row description "Who can comment on your posts"; "tus videos" in older help pages.
	commentsRow: ['Quién puede comentar tus publicaciones', 'Quién puede comentar tus videos'],
	// L: after "Who can Duet with your posts" / "Who can remix your posts".
	duetRow: ['Quién puede hacer Dúos con tus publicaciones', 'Quién puede hacer un dúo con tus publicaciones', 'Quién puede hacer remix de tus publicaciones'],
	// M: the app's Spanish audience choices ("Todos", "Amigos", "Nadie") as quoted by Spanish guides.
	everyone: 'Todos',
	friends: 'Amigos',
} as const satisfies Record<TikTokLabel, string | readonly string[]> & LabelTable;
