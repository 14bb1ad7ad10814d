import {sites} from '../src/core/sites/index.js';
import {buildAudit} from '../src/core/audit/build-audit.js';
import type {Audit} from '../src/core/model/audit.js';
import {known, unknown} from '../src/core/model/observed.js';
import {rules} from '../src/core/rules/index.js';

// A realistic audit from the real engine: some risks, some unknowns (one unreadable field,
// several pages never visited) and some ok.
export const sampleAudit: Audit = buildAudit(sites, {
	facebook: [
		{pageKind: 'about-contact-and-basic-info', readAt: 1, observations: {
			birthdayDayMonth: known('shown', 'public'),
			birthdayYear: known('shown', 'public'),
			address: known('not-set'),
			phone: known('shown', 'friends'),
			email: unknown('element-missing'),
		}},
		{pageKind: 'settings-posts', readAt: 2, observations: {futurePostsAudience: known('friends')}},
	],
}, rules, 'adult', 3);
