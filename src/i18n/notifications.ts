import type {FieldId} from '../core/model/fields.js';
import {bioFields, fields} from './en/model.js';
import {t} from './t.js';

// The texts of the background's system notifications. Their frames are UI messages, in the browser's
// UI language; the worker loads no engine catalog, so the settings they name are in English.

export type NotificationText = {title: string; body: string};

const fieldNames: Readonly<Record<FieldId, string>> = {...fields, ...bioFields};

/** A page the site (not the user) changed now shows more: `changed` are the settings that did. */
export const moreExposedNotice = (site: string, changed: readonly FieldId[]): NotificationText =>
	({title: t('moreExposedTitle', site), body: t('moreExposedBody', changed.map(field => fieldNames[field] ?? field).join(', '))});

export const checkupReminderNotice = (): NotificationText => ({title: t('reminderTitle'), body: t('reminderBody')});

/** The check-in a parent and a teen agreed at the end of "Review together" is due. */
export const checkInNotice = (): NotificationText => ({title: t('checkInTitle'), body: t('checkInBody')});
