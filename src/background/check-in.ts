import type {Alarms} from '../browser/tabs-and-alarms.js';
import {checkInNotice} from '../i18n/notifications.js';
import type {Notifications} from '../browser/notifications.js';
import type {ReviewStore} from '../core/review/review-action.js';
import type {Store} from './store.js';

const alarmName = 'overshare-review-check-in';
/** Notification ids with this prefix open the review page when clicked, not the panel. */
export const checkInNotificationPrefix = 'review-check-in-';

export const isCheckInAlarm = (name: string) => name === alarmName;

/** Due once the agreed date has passed, and only until the reminder has been shown. */
export const checkInDue = (store: ReviewStore, now: number): boolean =>
	store.last !== undefined && now >= store.last.nextCheckIn && store.remindedAt === undefined;

/**
 * One alarm at the agreed check-in. Alarms may not survive an update or a browser restart, so this
 * runs again on every start and after every change to the review; a date already past fires in a minute.
 */
export async function syncCheckInAlarm({store, alarms}: {store: Pick<Store, 'loadReview'>; alarms: Pick<Alarms, 'clear' | 'create'>}, now: number): Promise<void> {
	const review = await store.loadReview();
	if (!review.last || review.remindedAt !== undefined) {
		await alarms.clear(alarmName);
		return;
	}

	await alarms.create(alarmName, {when: Math.max(review.last.nextCheckIn, now + 60_000)});
}

export async function remindCheckInIfDue(
	{store, notifications}: {store: Pick<Store, 'loadReview' | 'saveReview'>; notifications: Pick<Notifications, 'create'>},
	now: number,
): Promise<void> {
	const review = await store.loadReview();
	if (checkInDue(review, now)) {
		await store.saveReview({...review, remindedAt: now});
		const {title, body} = checkInNotice();
		await notifications.create(`${checkInNotificationPrefix}${now}`, {title, message: body});
	}
}
