import type {Badge} from '../browser/notifications.js';
import {auditOf} from './record-page.js';
import type {SerialQueue} from './serial-queue.js';
import type {Store} from './store.js';
import {updateBadge} from './update-badge.js';

type Deps = {store: Pick<Store, 'migrate' | 'loadProfile' | 'loadAnswers' | 'savePagesAndAudit'>; serialized: SerialQueue; badge: Badge};

/**
 * Brings the store to the current format once per worker start, before anything reads it, and
 * re-audits migrated pages. The returned function resolves once that is done: every handler that
 * reads the store awaits it first.
 */
export function migrateOnce({store, serialized, badge}: Deps): () => Promise<void> {
	let migrated: Promise<void> | undefined;
	return async () => {
		migrated ??= serialized(async () => {
			const pages = await store.migrate(Date.now());
			if (pages) {
				const audit = auditOf(pages, Date.now(), await store.loadProfile(), await store.loadAnswers());
				await store.savePagesAndAudit(pages, audit);
				await updateBadge(badge, audit);
			}
		});
		await migrated;
	};
}
