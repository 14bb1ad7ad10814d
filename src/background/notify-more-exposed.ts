import type {Notifications} from '../browser/notifications.js';
import type {ChangeRecord} from '../core/history/diff-observations.js';
import {moreExposedNotice} from '../i18n/notifications.js';
import {siteCatalog} from './site-catalog.js';

/** A setting the site (not the user, live on the page) made more exposed is worth interrupting for. */
export async function notifyMoreExposed(notifications: Pick<Notifications, 'create'>, record: ChangeRecord): Promise<void> {
	const fields = record.changes.filter(change => change.direction === 'more-exposed').map(change => change.field);
	if (fields.length > 0) {
		const siteName = siteCatalog().find(site => site.id === record.site)?.name ?? record.site;
		const {title, body} = moreExposedNotice(siteName, fields);
		await notifications.create(`more-exposed-${record.site}-${record.at}`, {title, message: body});
	}
}
