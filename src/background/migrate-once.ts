import {isAudienceProfile} from '../core/model/severity.js';
import {currentAnswers} from '../core/questions/answers.js';
import type {Badge} from '../browser/notifications.js';
import {auditOf} from '../core/audit/record-page.js';
import type {SerialQueue} from './serial-queue.js';
import type {Store} from './store.js';
import {updateBadge} from './update-badge.js';

type Deps = {store: Pick<Store, 'migrate'>; serialized: SerialQueue; badge: Badge};

/**
 * Brings the store to the current format once per worker start, before anything reads it, and
 * re-audits migrated pages (the audit is written with the new format). The returned function resolves once that is done: every handler that
 * reads the store awaits it first.
 */
export function migrateOnce({store, serialized, badge}: Deps): () => Promise<void> {
	let migrated: Promise<void> | undefined;
	return async () => {
		migrated ??= serialized(async () => {
			const audit = await store.migrate(Date.now(), (migrated, profile) =>
				auditOf(migrated.pages, Date.now(), isAudienceProfile(profile) ? profile : 'adult', currentAnswers(migrated.answers)));
			if (audit) {
				await updateBadge(badge, audit);
			}
		}).catch((error: unknown) => {
			// A failed migration is tried again on the next message, not remembered until the browser restarts.
			migrated = undefined;
			throw error;
		});
		await migrated;
	};
}
