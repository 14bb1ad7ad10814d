import type {Alarms} from '../browser/tabs-and-alarms.js';
import {checkupReminderNotice} from '../i18n/notifications.js';
import type {Notifications} from '../browser/notifications.js';
import type {Store} from './store.js';
import {reminderDue} from '../core/scan/reminder-due.js';

const alarmName = 'overshare-checkup';

/** Twice a day is often enough to notice a monthly or quarterly due date. */
const checkEveryMinutes = 12 * 60;

export const isCheckupAlarm = (name: string) => name === alarmName;

/** Keeps the alarm in line with the setting (alarms may not survive an update or a browser restart). */
export async function syncCheckupAlarm({store, alarms}: {store: Pick<Store, 'loadReminder'>; alarms: Pick<Alarms, 'clear' | 'get' | 'create'>}): Promise<void> {
	const setting = await store.loadReminder();
	if (!setting || setting.every === 'off') {
		await alarms.clear(alarmName);
		return;
	}

	if (!await alarms.get(alarmName)) {
		await alarms.create(alarmName, {delayInMinutes: 1, periodInMinutes: checkEveryMinutes});
	}
}

/** On the alarm: one notification when a check-up is due, then the clock starts again. */
export async function remindIfDue(
	{store, notifications}: {store: Pick<Store, 'loadReminder' | 'loadScans' | 'saveReminder'>; notifications: Pick<Notifications, 'create'>},
	now: number,
): Promise<void> {
	const setting = await store.loadReminder();
	const [lastScan] = await store.loadScans();
	if (setting && reminderDue(setting, lastScan?.endedAt, now)) {
		await store.saveReminder({...setting, lastRemindedAt: now});
		const {title, body} = checkupReminderNotice();
		await notifications.create(`checkup-${now}`, {title, message: body});
	}
}
