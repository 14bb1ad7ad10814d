import type {Audience} from '../model/audience.js';
import type {FieldId} from '../model/fields.js';
import type {Known} from '../model/observed.js';

const reach: Record<Audience, number> = {public: 4, 'friends-of-friends': 3, friends: 2, custom: 2, 'only-me': 0};

/** The other multiple-choice values, narrowest first (X photo tagging and message requests). */
const choiceReach: Record<string, number> = {off: 0, following: 1, anyone: 2, 'no-one': 0, verified: 1, everyone: 2};

/** Yes/no settings that protect the user when on; every other yes/no field exposes when on. */
const protectiveWhenOn = new Set<string>(['reviewTaggedPosts', 'reviewTagsOnOwnPosts', 'postsProtected', 'accountPrivate']);

/**
 * How exposed a known value leaves the user, on a scale only meaningful within one field:
 * enough to tell whether a change made something more or less exposed.
 */
export function exposureLevel(field: FieldId, observed: Known<unknown>): number {
	const {value, audience} = observed;
	if (value === 'shown') {
		return 1 + reach[audience ?? 'public'];
	}

	if (value === 'not-set') {
		return 0;
	}

	if (typeof value === 'boolean') {
		return value === !protectiveWhenOn.has(field) ? 1 : 0;
	}

	if (typeof value === 'number') {
		return value;
	}

	if (typeof value === 'string' && value in reach) {
		return reach[value as Audience];
	}

	return typeof value === 'string' ? choiceReach[value] ?? 0 : 0;
}
