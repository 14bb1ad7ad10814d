import {auditOf} from './record-page.js';
import {taskQueue} from './task-queue.js';
import {loadAnswers, loadProfile, migrateStorage, savePagesAndAudit} from './storage.js';
import {updateBadge} from './update-badge.js';

// The worker may be stopped at any moment: all state lives in storage, none in variables,
// except this queue, which only orders writes made while the worker is alive.
export const serialized = taskQueue();

// Once per worker start, before anything reads the store: bring it to the current format.
let migrated: Promise<void> | undefined;
export const ready = async () => {
	migrated ??= serialized(async () => {
		const pages = await migrateStorage(Date.now());
		if (pages) {
			const audit = auditOf(pages, Date.now(), await loadProfile(), await loadAnswers());
			await savePagesAndAudit(pages, audit);
			await updateBadge(audit);
		}
	});
	await migrated;
};
