import type {Audience} from '../model/audience.js';
import type {ProfileDetail} from '../model/fields.js';
import {known, type Known} from '../model/observed.js';

/**
 * Who, beyond the user, sees a profile detail: undefined when it is not set or Only me.
 * A shown detail without an audience is taken as Public: a missing audience is never a safe one.
 */
export function exposedTo(detail: Known<ProfileDetail>): Exclude<Audience, 'only-me'> | undefined {
	if (detail.value !== 'shown') {
		return undefined;
	}

	const audience = detail.audience ?? 'public';
	return audience === 'only-me' ? undefined : audience;
}

/** Example helper: a detail shown to an audience. */
export const shownTo = (audience: Audience): Known<ProfileDetail> => known('shown', audience);
export const notSet: Known<ProfileDetail> = known('not-set');
