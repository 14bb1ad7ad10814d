import type {Badge} from '../browser/notifications.js';
import {plural, t} from '../i18n/t.js';
import type {Audit} from '../core/model/audit.js';

/** The toolbar badge: the number of high-or-worse findings at risk, across sites. */
export async function updateBadge(badge: Badge, audit: Audit | undefined): Promise<void> {
	const count = audit?.urgent ?? 0;
	await badge.show({text: count > 0 ? String(count) : '', title: count > 0 ? plural('badgeTitle', count) : t('appName'), color: '#b3261e'});
}
