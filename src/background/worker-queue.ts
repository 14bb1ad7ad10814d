import {isAudienceProfile} from '../core/model/severity.js';
import {currentAnswers} from '../core/questions/answers.js';
import {auditOf} from './record-page.js';
import {taskQueue} from './task-queue.js';
import {migrateStorage} from './storage.js';
import {updateBadge} from './update-badge.js';

// The worker may be stopped at any moment: all state lives in storage, none in variables,
// except this queue, which only orders writes made while the worker is alive.
export const serialized = taskQueue();

// Once per worker start, before anything reads the store: bring it to the current format.
let migrated: Promise<void> | undefined;
export const ready = async () => {
	migrated ??= serialized(async () => {
		const audit = await migrateStorage(Date.now(), (store, profile) =>
			auditOf(store.pages, Date.now(), isAudienceProfile(profile) ? profile : 'adult', currentAnswers(store.answers)));
		if (audit) {
			await updateBadge(audit);
		}
	});
	await migrated;
};
