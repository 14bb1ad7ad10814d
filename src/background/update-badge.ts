import browser from 'webextension-polyfill';
import {plural, t} from '../i18n/t.js';
import type {Audit} from '../core/model/audit.js';

/** The toolbar badge: the number of high-or-worse findings at risk, across sites. */
export async function updateBadge(audit: Audit | undefined): Promise<void> {
	const count = audit?.urgent ?? 0;
	await browser.action.setBadgeBackgroundColor({color: '#b3261e'});
	await browser.action.setBadgeText({text: count > 0 ? String(count) : ''});
	await browser.action.setTitle({title: count > 0 ? plural('badgeTitle', count) : t('appName')});
}
