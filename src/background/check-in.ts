import browser from 'webextension-polyfill';
import {checkInNotice} from '../i18n/notifications.js';
import {notify} from './notify.js';
import type {ReviewStore} from '../core/review/review-action.js';
import {loadReview, saveReview} from './review-store.js';

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
export async function syncCheckInAlarm(now: number): Promise<void> {
	const store = await loadReview();
	if (!store.last || store.remindedAt !== undefined) {
		await browser.alarms.clear(alarmName);
		return;
	}

	await browser.alarms.create(alarmName, {when: Math.max(store.last.nextCheckIn, now + 60_000)});
}

export async function remindCheckInIfDue(now: number): Promise<void> {
	const store = await loadReview();
	if (checkInDue(store, now)) {
		await saveReview({...store, remindedAt: now});
		const {title, body} = checkInNotice();
		await notify(`${checkInNotificationPrefix}${now}`, title, body);
	}
}
