import type {FieldId, Observations} from '../model/fields.js';
import type {Observed} from '../model/observed.js';
import {exposureLevel} from './exposure-level.js';

export type Direction = 'more-exposed' | 'less-exposed' | 'changed' | 'unreadable';

/** One setting that differs between two readings of the same page. Findings-level values only. */
export type Change = {field: FieldId; from: Observed<unknown>; to: Observed<unknown>; direction: Direction};

/** What changed on one page since it was last read: by the user, by the site, or in its layout. */
export type ChangeRecord = {site: string; pageKind: string; at: number; since: number; changes: Change[]};

const same = (a: Observed<unknown>, b: Observed<unknown>): boolean =>
	a.state === 'known' && b.state === 'known' ? a.value === b.value && a.audience === b.audience : a.state === b.state;

/**
 * The differences between two readings of a page. A field that was readable and no longer is counts
 * too: it is how a site's layout change shows. A field becoming readable again is not news.
 */
export function diffObservations(previous: Observations, next: Observations): Change[] {
	const changes: Change[] = [];
	for (const field of Object.keys(next) as FieldId[]) {
		const from = previous[field] as Observed<unknown> | undefined;
		const to = next[field] as Observed<unknown>;
		if (!from || same(from, to) || from.state === 'unknown') {
			continue;
		}

		if (to.state === 'unknown') {
			changes.push({field, from, to, direction: 'unreadable'});
			continue;
		}

		const before = exposureLevel(field, from);
		const after = exposureLevel(field, to);
		changes.push({field, from, to, direction: after > before ? 'more-exposed' : after < before ? 'less-exposed' : 'changed'});
	}

	return changes;
}

/** Newest first, at most `cap` records. */
export const addChangeRecord = (log: readonly ChangeRecord[], record: ChangeRecord, cap = 50): ChangeRecord[] =>
	[record, ...log].slice(0, cap);
