import browser from 'webextension-polyfill';
import {checkupReminderNotice} from '../i18n/notifications.js';
import {notify} from './notify.js';
import {loadReminder, loadScans, saveReminder} from './storage.js';
import {reminderDue} from '../core/scan/reminder.js';

const alarmName = 'overshare-checkup';

/** Twice a day is often enough to notice a monthly or quarterly due date. */
const checkEveryMinutes = 12 * 60;

export const isCheckupAlarm = (name: string) => name === alarmName;

/** Keeps the alarm in line with the setting (alarms may not survive an update or a browser restart). */
export async function syncCheckupAlarm(): Promise<void> {
	const setting = await loadReminder();
	if (!setting || setting.every === 'off') {
		await browser.alarms.clear(alarmName);
		return;
	}

	if (!await browser.alarms.get(alarmName)) {
		await browser.alarms.create(alarmName, {delayInMinutes: 1, periodInMinutes: checkEveryMinutes});
	}
}

export async function remindIfDue(now: number): Promise<void> {
	const setting = await loadReminder();
	const [lastScan] = await loadScans();
	if (setting && reminderDue(setting, lastScan?.endedAt, now)) {
		await saveReminder({...setting, lastRemindedAt: now});
		const {title, body} = checkupReminderNotice();
		await notify(`checkup-${now}`, title, body);
	}
}
