import {t} from './t.js';

// The texts of the background's system notifications, in the browser's UI language.

export type NotificationText = {title: string; body: string};

/** A page the site (not the user) changed now shows more: `fields` are the settings' names. */
export const moreExposedNotice = (site: string, fields: readonly string[]): NotificationText =>
	({title: t('moreExposedTitle', site), body: t('moreExposedBody', fields.join(', '))});

export const checkupReminderNotice = (): NotificationText => ({title: t('reminderTitle'), body: t('reminderBody')});

/** The check-in a parent and a teen agreed at the end of "Review together" is due. */
export const checkInNotice = (): NotificationText => ({title: t('checkInTitle'), body: t('checkInBody')});
