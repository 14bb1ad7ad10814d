/** How often the user wants to be reminded to run "Scan all"; chosen in the popup, off by default. */
export type ReminderEvery = 'off' | 'monthly' | 'quarterly';

export const reminderChoices: readonly ReminderEvery[] = ['off', 'monthly', 'quarterly'];

export const isReminderEvery = (value: unknown): value is ReminderEvery => (reminderChoices as readonly unknown[]).includes(value);

export type ReminderSetting = {every: ReminderEvery; setAt: number; lastRemindedAt?: number};

const day = 24 * 60 * 60 * 1000;
const periodMs: Record<Exclude<ReminderEvery, 'off'>, number> = {monthly: 30 * day, quarterly: 91 * day};

/**
 * Is a check-up due? Counted from the last scan (or from when the reminder was chosen, if the user
 * never scanned), and never twice for the same period: after a reminder, the clock starts again.
 */
export function reminderDue(setting: ReminderSetting | undefined, lastScanAt: number | undefined, now: number): boolean {
	if (!setting || setting.every === 'off') {
		return false;
	}

	const since = Math.max(lastScanAt ?? setting.setAt, setting.setAt, setting.lastRemindedAt ?? 0);
	return now - since >= periodMs[setting.every];
}
